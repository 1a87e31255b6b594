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

# ---------------------------------------------------------------------------------------------
# Log witness (issue 8): keep the newest checkpoint of the gateway's transparency log you have
# seen and accept a newer one only with a consistency proof, so a rewritten or rolled-back log
# is caught (FORK_DETECTED). Checkpoints are C2SP tlog-checkpoint signed notes (Ed25519), proofs
# RFC 9162. Needs bash, curl, jq, base64, sha256sum, od and openssl 3. State lives in
# ${NRM_WITNESS_DIR:-./log-witness}: note-key (pinned on first use: compare it with the one the
# operator gives you by another channel) and checkpoint (the newest seen).

# Hex of stdin's bytes; bytes of a hex string.
nrm_hex() { od -An -tx1 -v | tr -d ' \n'; }
nrm_unhex() { printf '%b' "$(sed 's/../\\x&/g' <<<"$1")"; }

# RFC 9162 interior node hash of two hex hashes.
nrm_node_hash() {
  { printf '\001'; nrm_unhex "$1"; nrm_unhex "$2"; } | sha256sum | cut -c1-64
}

# Verify a checkpoint file against the pinned note key; prints "<size> <hex root>".
nrm_checkpoint_verify() {
  local file=$1 dir=${NRM_WITNESS_DIR:-./log-witness} vkey name key64 tmp size root64
  vkey=$(cat "$dir/note-key")
  name=${vkey%%+*}
  key64=${vkey#*+*+}
  tmp=$(mktemp -d)
  # The signed body is everything before the empty line; the signature line names our key.
  sed '/^$/,$d' "$file" >"$tmp/body"
  grep -F -- "— $name " "$file" | head -n1 | awk '{ print $3 }' | base64 -d >"$tmp/blob" 2>/dev/null
  if [ "$(head -c4 "$tmp/blob" | nrm_hex)" != "${vkey:${#name}+1:8}" ]; then
    echo "checkpoint is not signed by $name" >&2; rm -rf "$tmp"; return 1
  fi
  tail -c64 "$tmp/blob" >"$tmp/sig"
  { nrm_unhex 302a300506032b6570032100; base64 -d <<<"$key64" | tail -c32; } >"$tmp/pub.der"
  openssl pkey -pubin -inform DER -in "$tmp/pub.der" -out "$tmp/pub.pem" 2>/dev/null
  if ! openssl pkeyutl -verify -pubin -inkey "$tmp/pub.pem" -rawin -in "$tmp/body" \
    -sigfile "$tmp/sig" >/dev/null 2>&1; then
    echo "checkpoint signature does not verify" >&2; rm -rf "$tmp"; return 1
  fi
  [ "$(sed -n 1p "$tmp/body")" = "$(cat "$dir/origin")" ] ||
    { echo "checkpoint is for another log" >&2; rm -rf "$tmp"; return 1; }
  size=$(sed -n 2p "$tmp/body")
  root64=$(sed -n 3p "$tmp/body")
  rm -rf "$tmp"
  echo "$size $(base64 -d <<<"$root64" | nrm_hex)"
}

# RFC 9162 §2.1.4.2: is the tree (size1, root1) a prefix of (size2, root2)? Proof hashes on stdin.
nrm_consistency_ok() {
  local size1=$1 root1=$2 size2=$3 root2=$4 fn sn fr sr c
  local -a path
  mapfile -t path
  [ "$size1" -lt "$size2" ] || return 1
  [ "${#path[@]}" -gt 0 ] || return 1
  # A power-of-two old tree is a complete subtree: its root starts the path.
  if [ $((size1 & (size1 - 1))) -eq 0 ]; then path=("$root1" "${path[@]}"); fi
  fn=$((size1 - 1)); sn=$((size2 - 1))
  while [ $((fn & 1)) -eq 1 ]; do fn=$((fn >> 1)); sn=$((sn >> 1)); done
  fr=${path[0]}; sr=${path[0]}
  for c in "${path[@]:1}"; do
    [ "$sn" -ne 0 ] || return 1
    if [ $((fn & 1)) -eq 1 ] || [ "$fn" -eq "$sn" ]; then
      fr=$(nrm_node_hash "$c" "$fr"); sr=$(nrm_node_hash "$c" "$sr")
      while [ $((fn & 1)) -eq 0 ] && [ "$fn" -ne 0 ]; do fn=$((fn >> 1)); sn=$((sn >> 1)); done
    else
      sr=$(nrm_node_hash "$sr" "$c")
    fi
    fn=$((fn >> 1)); sn=$((sn >> 1))
  done
  [ "$sn" -eq 0 ] && [ "$fr" = "$root1" ] && [ "$sr" = "$root2" ]
}

# Witness the log: fetch the newest checkpoint, check it extends the one you hold, keep it.
# Prints "checkpoint <size> <root>"; "FORK_DETECTED: …" on stderr and exit status 3 otherwise.
nrm_log_witness() {
  local dir=${NRM_WITNESS_DIR:-./log-witness} new old proof old_size old_root new_size new_root
  mkdir -p "$dir"
  if [ ! -f "$dir/note-key" ]; then
    curl -sS --fail-with-body "$NRM_GATEWAY_URL/v1/log/note-key" >"$dir/note-key.json" || return 1
    jq -r .verifierKey "$dir/note-key.json" >"$dir/note-key"
    jq -r .origin "$dir/note-key.json" >"$dir/origin"
  fi
  curl -sS --fail-with-body "$NRM_GATEWAY_URL/v1/log/checkpoint" >"$dir/new-checkpoint" || return 1
  new=$(nrm_checkpoint_verify "$dir/new-checkpoint") || return 1
  if [ -f "$dir/checkpoint" ]; then
    old=$(nrm_checkpoint_verify "$dir/checkpoint") || return 1
    read -r old_size old_root <<<"$old"
    read -r new_size new_root <<<"$new"
    if [ "$old_size" -eq "$new_size" ]; then
      [ "$old_root" = "$new_root" ] ||
        { echo "FORK_DETECTED: two checkpoints of size $new_size with different roots" >&2; return 3; }
    else
      local small=$old_size small_root=$old_root big=$new_size big_root=$new_root
      if [ "$new_size" -lt "$old_size" ]; then
        small=$new_size small_root=$new_root big=$old_size big_root=$old_root
      fi
      # An empty tree is a prefix of every tree: nothing to prove.
      if [ "$small" -gt 0 ]; then
        proof=$(curl -sS --fail-with-body \
          "$NRM_GATEWAY_URL/v1/log/checkpoint/consistency?oldSize=$small&newSize=$big" |
          jq -r '.proof[]') ||
          { echo "FORK_DETECTED: no consistency proof from $small to $big entries" >&2; return 3; }
        nrm_consistency_ok "$small" "$small_root" "$big" "$big_root" <<<"$proof" ||
          { echo "FORK_DETECTED: the log of $big entries does not extend the one of $small" >&2; return 3; }
      fi
      [ "$new_size" -lt "$old_size" ] && { echo "checkpoint $old"; return 0; }
    fi
  fi
  mv "$dir/new-checkpoint" "$dir/checkpoint"
  echo "checkpoint $new"
}
