/**
 * An HSDS 3.0 page of organizations for the demo's Serbian service providers (ASTRA, Atina,
 * the Belgrade CSW), as their directory would publish it: each organization names its
 * exchange agency id under the `NRM-AGENCY` scheme and tags its services with the
 * `nrm-service-kind` taxonomy. Ids are UUIDv5 of stable names, so fixtures can name them.
 * The tests validate it against the official HSDS 3.0 JSON Schemas.
 */
export const DEMO_DIRECTORY_HSDS = `{
  "total_items": 3,
  "total_pages": 1,
  "page_number": 1,
  "size": 3,
  "first_page": true,
  "last_page": true,
  "empty": false,
  "contents": [
    {
      "id": "3c43b641-2d91-5192-bd70-0d93fcd82ba3",
      "name": "ASTRA – Akcija protiv trgovine ljudima",
      "description": "Specijalizovana organizacija za podršku žrtvama trgovine ljudima: pravna pomoć i psihosocijalna podrška.",
      "organization_identifiers": [
        {
          "id": "d61b2e99-b4d4-525d-832e-1dfaac65ff25",
          "identifier_scheme": "NRM-AGENCY",
          "identifier_type": "NRM exchange agency id",
          "identifier": "rs.astra"
        }
      ],
      "locations": [
        {
          "id": "468a5f45-ef7d-550f-8529-d60754418d35",
          "location_type": "physical",
          "name": "ASTRA – savetovalište",
          "addresses": [
            {
              "id": "94d10c42-dab4-5074-81cf-ff251721e365",
              "address_1": "Gospodar Jevremova 1",
              "city": "Beograd",
              "state_province": "Grad Beograd",
              "postal_code": "11000",
              "country": "RS",
              "address_type": "physical"
            }
          ]
        }
      ],
      "services": [
        {
          "id": "5f41697c-76c0-5539-a2c9-765b46df9694",
          "name": "Pravna pomoć i zastupanje u krivičnom postupku",
          "description": "Besplatna pravna pomoć žrtvama trgovine ljudima u krivičnom postupku.",
          "status": "active",
          "languages": [
            {
              "id": "237cba5f-45b5-5f35-a2c0-8ef23a58796f",
              "name": "srpski",
              "code": "sr"
            },
            {
              "id": "fb89cee7-1278-5a87-8557-892aeb02c2bf",
              "name": "engleski",
              "code": "en"
            }
          ],
          "service_at_locations": [
            {
              "id": "a5f4d5ac-7bd3-52a0-9027-ed7982037713",
              "location": {
                "id": "468a5f45-ef7d-550f-8529-d60754418d35",
                "location_type": "physical",
                "name": "ASTRA – savetovalište",
                "addresses": [
                  {
                    "id": "94d10c42-dab4-5074-81cf-ff251721e365",
                    "address_1": "Gospodar Jevremova 1",
                    "city": "Beograd",
                    "state_province": "Grad Beograd",
                    "postal_code": "11000",
                    "country": "RS",
                    "address_type": "physical"
                  }
                ]
              }
            }
          ],
          "attributes": [
            {
              "id": "b5d3df81-fd72-5b02-8642-35801707c2ef",
              "taxonomy_term_id": "41adc75a-335a-5b46-997a-e2f3652b25cc",
              "link_type": "service",
              "link_entity": "service",
              "value": "legal-aid-criminal",
              "taxonomy_term": {
                "id": "41adc75a-335a-5b46-997a-e2f3652b25cc",
                "code": "legal-aid-criminal",
                "name": "Pravna pomoć u krivičnom postupku",
                "description": "NRM service kind legal-aid-criminal",
                "taxonomy": "nrm-service-kind"
              }
            }
          ]
        },
        {
          "id": "bcc80f78-b895-5eb3-ad00-48a4a9880e21",
          "name": "Psihosocijalna podrška",
          "description": "Individualno savetovanje i grupe podrške.",
          "status": "active",
          "languages": [
            {
              "id": "26e5ffa5-e653-518d-b9b6-88c1ceabba00",
              "name": "srpski",
              "code": "sr"
            }
          ],
          "service_at_locations": [
            {
              "id": "fa6e3d21-42a1-5630-bab0-eef03fc3910a",
              "location": {
                "id": "468a5f45-ef7d-550f-8529-d60754418d35",
                "location_type": "physical",
                "name": "ASTRA – savetovalište",
                "addresses": [
                  {
                    "id": "94d10c42-dab4-5074-81cf-ff251721e365",
                    "address_1": "Gospodar Jevremova 1",
                    "city": "Beograd",
                    "state_province": "Grad Beograd",
                    "postal_code": "11000",
                    "country": "RS",
                    "address_type": "physical"
                  }
                ]
              }
            }
          ],
          "attributes": [
            {
              "id": "3afcd069-c904-5080-bbd9-797231dd88e2",
              "taxonomy_term_id": "e67eeff9-0f9d-5ace-879e-2f7037b08471",
              "link_type": "service",
              "link_entity": "service",
              "value": "psychosocial",
              "taxonomy_term": {
                "id": "e67eeff9-0f9d-5ace-879e-2f7037b08471",
                "code": "psychosocial",
                "name": "Psihosocijalna podrška",
                "description": "NRM service kind psychosocial",
                "taxonomy": "nrm-service-kind"
              }
            }
          ]
        }
      ]
    },
    {
      "id": "5358716c-3186-5cb5-8f77-71769326be5a",
      "name": "Atina – Udruženje građana za borbu protiv trgovine ljudima",
      "description": "Prihvatilište i programi socijalnog uključivanja.",
      "organization_identifiers": [
        {
          "id": "b0f34fe1-9c82-5e01-9500-c5cfb3d5fa5d",
          "identifier_scheme": "NRM-AGENCY",
          "identifier_type": "NRM exchange agency id",
          "identifier": "rs.atina"
        }
      ],
      "locations": [
        {
          "id": "0d2acb7d-ab80-564d-a1fd-75601b8a07e4",
          "location_type": "physical",
          "name": "Atina – prihvatilište",
          "addresses": [
            {
              "id": "316cdab3-804d-56aa-8491-9f0858c836c9",
              "address_1": "Adresa poverljiva",
              "city": "Beograd",
              "state_province": "Grad Beograd",
              "postal_code": "11000",
              "country": "RS",
              "address_type": "physical"
            }
          ]
        }
      ],
      "services": [
        {
          "id": "76aa6e9b-ac69-5e7b-b853-56a5b7be2b08",
          "name": "Prihvatilište za žene i devojčice",
          "description": "Bezbedan smeštaj i podrška u procesu oporavka.",
          "status": "active",
          "languages": [
            {
              "id": "e9d2cb7a-134b-5de6-bdb5-06fa971b54b3",
              "name": "srpski",
              "code": "sr"
            },
            {
              "id": "a1e51f78-9d06-578f-8f2a-f7a69f14c32b",
              "name": "engleski",
              "code": "en"
            }
          ],
          "service_at_locations": [
            {
              "id": "c8a2c6d2-78f9-507d-8e9c-4fd943c0565f",
              "location": {
                "id": "0d2acb7d-ab80-564d-a1fd-75601b8a07e4",
                "location_type": "physical",
                "name": "Atina – prihvatilište",
                "addresses": [
                  {
                    "id": "316cdab3-804d-56aa-8491-9f0858c836c9",
                    "address_1": "Adresa poverljiva",
                    "city": "Beograd",
                    "state_province": "Grad Beograd",
                    "postal_code": "11000",
                    "country": "RS",
                    "address_type": "physical"
                  }
                ]
              }
            }
          ],
          "attributes": [
            {
              "id": "7493a39e-cb4f-53a7-9425-23efbd5215d5",
              "taxonomy_term_id": "3c82ae8b-f8e5-566b-bf32-2ae13a6b9c1c",
              "link_type": "service",
              "link_entity": "service",
              "value": "accommodation",
              "taxonomy_term": {
                "id": "3c82ae8b-f8e5-566b-bf32-2ae13a6b9c1c",
                "code": "accommodation",
                "name": "Smeštaj",
                "description": "NRM service kind accommodation",
                "taxonomy": "nrm-service-kind"
              }
            }
          ]
        }
      ]
    },
    {
      "id": "2fde3c57-ad52-501b-b52e-0a182629913f",
      "name": "Gradski centar za socijalni rad u Beogradu",
      "description": "Materijalna podrška i usluge socijalne zaštite.",
      "organization_identifiers": [
        {
          "id": "8bb67507-a201-5fef-a823-bcbdc4e5e570",
          "identifier_scheme": "NRM-AGENCY",
          "identifier_type": "NRM exchange agency id",
          "identifier": "rs.csw.belgrade"
        }
      ],
      "locations": [
        {
          "id": "bf22afb9-2fb5-553c-9f44-69c72ceff4a4",
          "location_type": "physical",
          "name": "Gradski centar za socijalni rad – Savski venac",
          "addresses": [
            {
              "id": "c593d425-7d56-59fb-af4c-af4c50194d03",
              "address_1": "Kneza Miloša 1",
              "city": "Beograd",
              "state_province": "Grad Beograd",
              "postal_code": "11000",
              "country": "RS",
              "address_type": "physical"
            }
          ]
        }
      ],
      "services": [
        {
          "id": "87e8e2d4-479b-5aaa-9113-5317db609107",
          "name": "Jednokratna novčana pomoć",
          "description": "Materijalna podrška licima u stanju socijalne potrebe.",
          "status": "active",
          "languages": [
            {
              "id": "b26a3596-3a8a-53f0-ba79-896451e0ccea",
              "name": "srpski",
              "code": "sr"
            }
          ],
          "service_at_locations": [
            {
              "id": "93c16c84-260f-5b90-b23f-89896236a504",
              "location": {
                "id": "bf22afb9-2fb5-553c-9f44-69c72ceff4a4",
                "location_type": "physical",
                "name": "Gradski centar za socijalni rad – Savski venac",
                "addresses": [
                  {
                    "id": "c593d425-7d56-59fb-af4c-af4c50194d03",
                    "address_1": "Kneza Miloša 1",
                    "city": "Beograd",
                    "state_province": "Grad Beograd",
                    "postal_code": "11000",
                    "country": "RS",
                    "address_type": "physical"
                  }
                ]
              }
            }
          ],
          "attributes": [
            {
              "id": "445df840-140f-5929-b9c2-839e95b978c6",
              "taxonomy_term_id": "4ac33852-22f5-5e25-8749-2bbd3ddbd022",
              "link_type": "service",
              "link_entity": "service",
              "value": "material-assistance",
              "taxonomy_term": {
                "id": "4ac33852-22f5-5e25-8749-2bbd3ddbd022",
                "code": "material-assistance",
                "name": "Materijalna pomoć",
                "description": "NRM service kind material-assistance",
                "taxonomy": "nrm-service-kind"
              }
            }
          ]
        }
      ]
    }
  ]
}`;
