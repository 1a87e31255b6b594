# shellcheck shell=bash
# The foreign partner's toolkit: submit to and receive from the NRM gateway with nothing but
# GnuPG, curl, jq and coreutils (sha256sum, base64, date, od). Source it:  . ./foreign-partner.sh
#
# Environment:
#   NRM_GATEWAY_URL  base URL of the gateway, e.g. https://nrm.example.rs
#   NRM_TOKEN        your agency's bearer token (the operator hands it over)
#   NRM_AGENCY       your agency id as registered, e.g. at.lefoe-ibf
#   GNUPGHOME        (optional) the gpg home holding your key pair
#
# The wire rules are in packages/gateway/src/api/http-contract.md and docs/adr/0002: the envelope
# is JSON signed as bytes with a detached armored signature; the payload is encrypted to every
# recipient and signed (gpg --encrypt --sign); the envelope names the payload's sha256.

# gpg without prompts: the key pair of a service account has no passphrase to type.
nrm_gpg() {
  gpg --batch --yes --pinentry-mode loopback --passphrase '' "$@"
}

# Import your agency's key pair (armored secret key) once; prints its fingerprint.
nrm_import_key() {
  nrm_gpg --import "$1" 2>/dev/null
  nrm_own_key
}

# The fingerprint of your own (first) secret key.
nrm_own_key() {
  gpg --batch --with-colons --list-secret-keys | awk -F: '$1 == "fpr" { print $10; exit }'
}

# GET with your token; fails on any HTTP error and prints the gateway's error body.
nrm_get() {
  curl -sS --fail-with-body -H "Authorization: Bearer $NRM_TOKEN" "$NRM_GATEWAY_URL$1"
}

# Fetch an agency's current public key from the gateway and import it; prints its fingerprint.
nrm_fetch_key() {
  local key
  key=$(nrm_get "/v1/keys/$1" | jq -r '[.keys[] | select(.state == "valid")][-1]')
  jq -r .publicKey <<<"$key" | nrm_gpg --import 2>/dev/null
  jq -r .fingerprint <<<"$key"
}

# A lower-case UUIDv7 (48-bit milliseconds, version 7, variant 10, random rest): message ids.
nrm_uuid7() {
  local ms rand
  ms=$(printf '%012x' "$(date +%s%3N)")
  rand=$(od -An -N10 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s-%s-7%s-%x%s-%s\n' "${ms:0:8}" "${ms:8:4}" "${rand:0:3}" \
    $(((0x${rand:3:1} & 0x3) | 0x8)) "${rand:4:3}" "${rand:7:12}"
}

# Encrypt PLAINTEXT to the given recipient fingerprints and sign it with your key: OUT.
#   nrm_seal payload.json payload.gpg <fingerprint>...
nrm_seal() {
  local plaintext=$1 out=$2 recipients=()
  shift 2
  for fingerprint in "$@"; do recipients+=(--recipient "$fingerprint"); done
  nrm_gpg --trust-model always --local-user "$(nrm_own_key)" "${recipients[@]}" \
    --output "$out" --encrypt --sign "$plaintext"
}

# Sign FILE as bytes: FILE.asc, an armored detached signature.
nrm_sign() {
  nrm_gpg --armor --local-user "$(nrm_own_key)" --output "$1.asc" --detach-sign "$1"
}

# The sha256 of a file as the envelope writes it: sha256:<hex>.
nrm_sha256() {
  echo "sha256:$(sha256sum "$1" | cut -d' ' -f1)"
}

# Write the envelope of a sealed payload to OUT (JSON), valid for 30 days.
#   nrm_envelope OUT TYPE VERSION TO SUBJECT PURPOSE LEGAL_BASIS CONSENT_REFS CATEGORIES PAYLOAD
# TO, CONSENT_REFS and CATEGORIES are comma-separated ("" for none); PAYLOAD is the sealed file.
nrm_envelope() {
  local csv='if . == "" then [] else split(",") end'
  jq -n \
    --arg id "$(nrm_uuid7)" --arg type "$2" --argjson version "$3" --arg from "$NRM_AGENCY" \
    --arg to "$4" --arg subject "$5" --arg purpose "$6" --arg basis "$7" \
    --arg refs "$8" --arg categories "$9" \
    --arg createdAt "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    --arg expiresAt "$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)" \
    --arg digest "$(nrm_sha256 "${10}")" --arg key "$(nrm_own_key)" \
    "{id: \$id, type: \$type, version: \$version, from: \$from, to: (\$to | $csv),
      subject: \$subject, purpose: \$purpose, legalBasis: \$basis,
      consentRefs: (\$refs | $csv), dataCategories: (\$categories | $csv),
      subjectIsChild: false, createdAt: \$createdAt, expiresAt: \$expiresAt,
      payloadDigest: \$digest, senderKey: \$key}" >"$1"
}

# Submit an envelope (signed beside it as ENVELOPE.asc) with its sealed payload; for an
# nrm.consent-record also the consent scope JSON (signed beside it as SCOPE.asc). Prints the
# gateway's answer: 202 {"id","status":"accepted",...} or {"error":{"code",...}}.
#   nrm_submit envelope.json payload.gpg [consent-scope.json]
nrm_submit() {
  local parts=(-F "envelope=@$1" -F "envelopeSignature=@$1.asc" -F "payload=@$2")
  if [ $# -ge 3 ]; then
    parts+=(-F "consentScope=@$3" -F "consentScopeSignature=@$3.asc")
  fi
  curl -sS --fail-with-body -H "Authorization: Bearer $NRM_TOKEN" "${parts[@]}" \
    "$NRM_GATEWAY_URL/v1/messages"
}

# Follow a message you sent: its status per recipient.
nrm_status() {
  nrm_get "/v1/messages/$1/status"
}

# Pull the inbox into DIR/<message id>/{envelope.json,envelope.json.asc,payload.gpg};
# prints the ids. Messages stay in the inbox until acknowledged.
nrm_pull() {
  local dir=$1 inbox id
  inbox=$(nrm_get "/v1/inbox?limit=100")
  for id in $(jq -r '.messages[].id' <<<"$inbox"); do
    mkdir -p "$dir/$id"
    jq -r --arg id "$id" '.messages[] | select(.id == $id) | .envelope' <<<"$inbox" |
      base64 -d >"$dir/$id/envelope.json"
    jq -r --arg id "$id" '.messages[] | select(.id == $id) | .envelopeSignature' <<<"$inbox" \
      >"$dir/$id/envelope.json.asc"
    jq -r --arg id "$id" '.messages[] | select(.id == $id) | .payload' <<<"$inbox" |
      base64 -d >"$dir/$id/payload.gpg"
    echo "$id"
  done
}

# Check and open one pulled message (its folder): the envelope signature must verify with the
# sender's key (fetched from the gateway), the payload must be the one the envelope names, and
# gpg must decrypt it with a good signature. Writes payload.json beside it.
nrm_open() {
  local dir=$1 sender
  sender=$(jq -r .from "$dir/envelope.json")
  nrm_fetch_key "$sender" >/dev/null
  nrm_gpg --trust-model always --verify "$dir/envelope.json.asc" "$dir/envelope.json" 2>/dev/null ||
    { echo "envelope signature does not verify" >&2; return 1; }
  [ "$(nrm_sha256 "$dir/payload.gpg")" = "$(jq -r .payloadDigest "$dir/envelope.json")" ] ||
    { echo "payload is not the one the envelope names" >&2; return 1; }
  nrm_gpg --trust-model always --status-fd 3 --output "$dir/payload.json" \
    --decrypt "$dir/payload.gpg" 3>"$dir/decrypt.status" 2>/dev/null
  grep -q '^\[GNUPG:\] GOODSIG' "$dir/decrypt.status" ||
    { echo "payload signature does not verify" >&2; return 1; }
}

# Acknowledge one opened message: an nrm.receipt (status acknowledged, naming the sha256 of
# the exact envelope bytes), signed detached with your key, posted to the gateway.
nrm_ack() {
  local dir=$1 id
  id=$(jq -r .id "$dir/envelope.json")
  jq -cn --arg id "$id" --arg digest "$(nrm_sha256 "$dir/envelope.json")" --arg by "$NRM_AGENCY" \
    --arg at "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    '{type: "nrm.receipt", version: 1, messageId: $id, envelopeDigest: $digest, by: $by,
      status: "acknowledged", at: $at}' >"$dir/receipt.json"
  nrm_sign "$dir/receipt.json"
  jq -n --arg receipt "$(base64 -w0 "$dir/receipt.json")" \
    --rawfile signature "$dir/receipt.json.asc" \
    '{receipt: $receipt, receiptSignature: $signature}' |
    curl -sS --fail-with-body -H "Authorization: Bearer $NRM_TOKEN" \
      -H 'Content-Type: application/json' --data-binary @- \
      "$NRM_GATEWAY_URL/v1/messages/$id/ack"
}
