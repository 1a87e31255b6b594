# shellcheck shell=bash
# The foreign partner's toolkit: submit to and receive from the NRM gateway with nothing but
# GnuPG, curl, jq and coreutils (sha256sum, base64, basename, date, od). Source it:
#   . ./foreign-partner.sh
#
# Environment:
#   NRM_GATEWAY_URL      base URL of the gateway, e.g. https://nrm.example.rs
#   NRM_TOKEN            your agency's bearer token (the operator hands it over)
#   NRM_AGENCY           your agency id as registered, e.g. at.lefoe-ibf
#   NRM_KEY              your key's fingerprint: the secret key that signs and decrypts
#   NRM_GATEWAY_KEY      the gateway key's fingerprint, compared with the operator's by another
#                        channel (receipts must be signed by it)
#   NRM_PASSPHRASE_FILE  (optional) a file holding your key's passphrase; see nrm_gpg
#   GNUPGHOME            (optional) the gpg home holding your key pair
#
# The wire rules are in packages/gateway/src/api/http-contract.md and docs/adr/0002: the envelope
# is JSON signed as bytes with a detached armored signature; the payload is encrypted to every
# recipient and signed (gpg --encrypt --sign); the envelope names the payload's sha256. The
# gateway refuses an envelope whose createdAt is more than 5 minutes off its clock: keep the
# clock synchronised (NTP).

# gpg in batch mode. A passphrase-protected key works two ways: NRM_PASSPHRASE_FILE names a
# file only you can read that holds the passphrase (gpg reads it through loopback pinentry), or,
# without it, your gpg-agent already holds the passphrase (unlocked once at a terminal, or preset
# with gpg-preset-passphrase). A key without a passphrase needs neither.
nrm_gpg() {
  if [ -n "${NRM_PASSPHRASE_FILE:-}" ]; then
    gpg --batch --yes --pinentry-mode loopback --passphrase-file "$NRM_PASSPHRASE_FILE" "$@"
  else
    gpg --batch --yes "$@"
  fi
}

# Import a key pair (armored secret key) once; prints its fingerprint (your NRM_KEY).
nrm_import_key() {
  nrm_gpg --import "$1" 2>/dev/null &&
    gpg --batch --with-colons --import-options show-only --import "$1" 2>/dev/null |
    awk -F: '$1 == "fpr" { print $10; exit }'
}

# Your key: the secret key whose fingerprint is NRM_KEY, never just the first one in the keyring
# (a keyring may hold several). Prints its primary fingerprint as gpg writes it.
nrm_own_key() {
  local fingerprint
  [ -n "${NRM_KEY:-}" ] || { echo "set NRM_KEY to your key's fingerprint (gpg -K)" >&2; return 1; }
  fingerprint=$(gpg --batch --with-colons --list-secret-keys -- "${NRM_KEY// /}" 2>/dev/null |
    awk -F: '$1 == "fpr" { print $10; exit }') || true
  [ -n "$fingerprint" ] || { echo "KEY_UNKNOWN: no secret key $NRM_KEY in this keyring" >&2; return 1; }
  echo "$fingerprint"
}

# The primary-key fingerprint behind the one good signature in gpg's status lines (FILE);
# nothing when there is no good signature or more than one signature.
nrm_signer_in() {
  awk '$2 == "NEWSIG" { n++ } $2 == "VALIDSIG" { s = $NF } END { if (n == 1) print s }' "$1"
}

# GET with your token; fails on any HTTP error and prints the gateway's error body.
nrm_get() {
  curl -sS --fail-with-body -H "Authorization: Bearer $NRM_TOKEN" "$NRM_GATEWAY_URL$1"
}

# Fetch an agency's current public key from the gateway and import it; prints its fingerprint.
nrm_fetch_key() {
  local keys key
  keys=$(nrm_get "/v1/keys/$1") || return 1
  key=$(jq -ce '[.keys[] | select(.state == "valid")][-1] // empty' <<<"$keys") ||
    { echo "KEY_UNKNOWN: $1 has no valid key" >&2; return 1; }
  jq -r .publicKey <<<"$key" | nrm_gpg --import 2>/dev/null
  jq -r .fingerprint <<<"$key"
}

# The gateway's receipt-signing key, fetched and imported; prints its fingerprint. Compare it
# once with the fingerprint the operator gives you by another channel (phone, letter, in
# person) and keep it as NRM_GATEWAY_KEY: from then on a different key is refused.
nrm_gateway_key() {
  local fingerprint expected=${NRM_GATEWAY_KEY:-}
  fingerprint=$(nrm_fetch_key gateway) || return 1
  expected=${expected// /}
  if [ -n "$expected" ] && [ "${fingerprint^^}" != "${expected^^}" ]; then
    echo "KEY_UNKNOWN: the gateway serves key $fingerprint, not NRM_GATEWAY_KEY $NRM_GATEWAY_KEY" >&2
    return 1
  fi
  echo "${fingerprint^^}"
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
  local plaintext=$1 out=$2 recipients=() key
  shift 2
  for fingerprint in "$@"; do recipients+=(--recipient "$fingerprint"); done
  key=$(nrm_own_key) || return 1
  nrm_gpg --trust-model always --local-user "$key" "${recipients[@]}" \
    --output "$out" --encrypt --sign "$plaintext"
}

# Sign FILE as bytes: FILE.asc, an armored detached signature.
nrm_sign() {
  local key
  key=$(nrm_own_key) || return 1
  nrm_gpg --armor --local-user "$key" --output "$1.asc" --detach-sign "$1"
}

# The sha256 of a file as the envelope writes it: sha256:<hex>.
nrm_sha256() {
  echo "sha256:$(sha256sum "$1" | cut -d' ' -f1)"
}

# Write the envelope of a sealed payload to OUT (JSON), valid for 30 days.
#   nrm_envelope OUT TYPE VERSION TO SUBJECT PURPOSE LEGAL_BASIS CONSENT_REFS CATEGORIES PAYLOAD
# TO, CONSENT_REFS and CATEGORIES are comma-separated ("" for none); PAYLOAD is the sealed file.
nrm_envelope() {
  local csv='if . == "" then [] else split(",") end' key
  key=$(nrm_own_key) || return 1
  jq -n \
    --arg id "$(nrm_uuid7)" --arg type "$2" --argjson version "$3" --arg from "$NRM_AGENCY" \
    --arg to "$4" --arg subject "$5" --arg purpose "$6" --arg basis "$7" \
    --arg refs "$8" --arg categories "$9" \
    --arg createdAt "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    --arg expiresAt "$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)" \
    --arg digest "$(nrm_sha256 "${10}")" --arg key "$key" \
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

# Check the gateway's signed receipt in a submit answer (as nrm_submit printed it) against the
# envelope you sent: signed by the gateway key you compared (NRM_GATEWAY_KEY), for that message,
# naming the sha256 of the exact envelope bytes. Reads only the fields every receipt version
# has. Keeps it as ANSWER.receipt.json (+ .asc); prints "receipt <id> <status> <at>".
#   nrm_verify_receipt referral.answer.json referral.envelope.json
nrm_verify_receipt() {
  local answer=$1 envelope=$2 receipt=${1%.json}.receipt.json gateway signer
  jq -er .receipt.receipt "$answer" 2>/dev/null | base64 -d >"$receipt" 2>/dev/null &&
    jq -er .receipt.signature "$answer" >"$receipt.asc" 2>/dev/null ||
    { echo "SCHEMA_INVALID: $answer holds no signed receipt" >&2; return 1; }
  gateway=$(nrm_gateway_key) || return 1
  [ -n "${NRM_GATEWAY_KEY:-}" ] ||
    { echo "set NRM_GATEWAY_KEY: compare $gateway with the operator's by another channel" >&2; return 1; }
  nrm_gpg --trust-model always --status-fd 3 --verify "$receipt.asc" "$receipt" \
    3>"$receipt.status" 2>/dev/null || true
  signer=$(nrm_signer_in "$receipt.status")
  [ -n "$signer" ] && [ "$signer" = "${gateway^^}" ] ||
    { echo "SIGNATURE_INVALID: the receipt is not signed by the gateway key $gateway" >&2; return 1; }
  jq -e --arg id "$(jq -r .id "$envelope")" '.type == "nrm.receipt" and .messageId == $id' \
    "$receipt" >/dev/null 2>&1 ||
    { echo "SCHEMA_INVALID: the receipt is not an nrm.receipt for this message" >&2; return 1; }
  jq -e --arg digest "$(nrm_sha256 "$envelope")" '.envelopeDigest == $digest' \
    "$receipt" >/dev/null ||
    { echo "DIGEST_MISMATCH: the receipt names other envelope bytes than $envelope" >&2; return 1; }
  jq -r '"receipt \(.messageId) \(.status) \(.at)"' "$receipt"
}

# Follow a message you sent: its status per recipient (a rejection shows its rejectionCode).
nrm_status() {
  nrm_get "/v1/messages/$1/status"
}

# Pull the inbox into DIR/<message id>/{envelope.json,envelope.json.asc,payload.gpg};
# prints the ids. Messages stay in the inbox until acknowledged or rejected.
nrm_pull() {
  local dir=$1 inbox id
  inbox=$(nrm_get "/v1/inbox?limit=100") || return 1
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

# A failed check of a pulled message: DIR/rejection.json for nrm_reject, "CODE: reason" on stderr.
nrm_refuse() {
  jq -n --arg code "$2" --arg reason "$3" '{code: $code, reason: $reason}' >"$1/rejection.json"
  echo "$2: $3" >&2
}

# Check and open one pulled message (its folder) as the SDK does: addressed to you; the
# envelope signed by the key it names (senderKey), a valid key of its sender (from) in the
# gateway's key directory; the payload the one the envelope names; decrypted by gpg and signed
# by that same key alone; JSON. Writes payload.json and returns 0. A failed check writes
# rejection.json and returns 1: reject the message (nrm_reject), never acknowledge it. A
# gateway that does not answer, or a secret key gpg cannot use (passphrase), is not the
# sender's doing: returns 2 and the message comes again at the next pull.
nrm_open() {
  local dir=$1 from key keys state signer
  rm -f "$dir/rejection.json" "$dir/payload.json"
  from=$(jq -er '.from | strings' "$dir/envelope.json" 2>/dev/null) &&
    key=$(jq -er '.senderKey | strings | ascii_upcase' "$dir/envelope.json" 2>/dev/null) ||
    { nrm_refuse "$dir" SCHEMA_INVALID "the envelope is not JSON naming from and senderKey"; return 1; }
  jq -e --arg me "$NRM_AGENCY" '.to | arrays | index($me)' "$dir/envelope.json" >/dev/null ||
    { nrm_refuse "$dir" FORBIDDEN "the message is not addressed to $NRM_AGENCY"; return 1; }
  keys=$(nrm_get "/v1/keys/$from") || return 2
  state=$(jq -r --arg key "$key" \
    '[.keys[] | select((.fingerprint | ascii_upcase) == $key)][0].state // "unknown"' <<<"$keys")
  case $state in
    valid) ;;
    revoked) nrm_refuse "$dir" KEY_REVOKED "$from revoked the key $key"; return 1 ;;
    expired) nrm_refuse "$dir" KEY_EXPIRED "the key $key of $from is no longer valid"; return 1 ;;
    *) nrm_refuse "$dir" KEY_UNKNOWN "the key $key is not a key of $from"; return 1 ;;
  esac
  jq -r --arg key "$key" '.keys[] | select((.fingerprint | ascii_upcase) == $key) | .publicKey' \
    <<<"$keys" | nrm_gpg --import 2>/dev/null || true
  # gpg's exit code is not the verdict (and must not stop a `set -e` shell): the status lines are.
  nrm_gpg --trust-model always --status-fd 3 --verify "$dir/envelope.json.asc" \
    "$dir/envelope.json" 3>"$dir/envelope.status" 2>/dev/null || true
  [ "$(nrm_signer_in "$dir/envelope.status")" = "$key" ] ||
    { nrm_refuse "$dir" SIGNATURE_INVALID "the envelope is not signed by its senderKey $key"; return 1; }
  [ "$(nrm_sha256 "$dir/payload.gpg")" = "$(jq -r .payloadDigest "$dir/envelope.json")" ] ||
    { nrm_refuse "$dir" DIGEST_MISMATCH "the payload is not the one the envelope names"; return 1; }
  nrm_gpg --trust-model always --status-fd 3 --output "$dir/payload.json" \
    --decrypt "$dir/payload.gpg" 3>"$dir/decrypt.status" 2>/dev/null || true
  if ! grep -q '^\[GNUPG:\] DECRYPTION_OKAY' "$dir/decrypt.status"; then
    rm -f "$dir/payload.json"
    if grep -qE '^\[GNUPG:\] (ERROR pkdecrypt_failed|MISSING_PASSPHRASE|BAD_PASSPHRASE)' \
      "$dir/decrypt.status"; then
      echo "gpg could not use your secret key (passphrase? gpg-agent?); nothing rejected" >&2
      return 2
    fi
    nrm_refuse "$dir" DECRYPTION_FAILED "the payload does not decrypt with the key of $NRM_AGENCY"
    return 1
  fi
  signer=$(nrm_signer_in "$dir/decrypt.status")
  [ "$signer" = "$key" ] ||
    { rm -f "$dir/payload.json"
      nrm_refuse "$dir" SIGNATURE_INVALID "the payload is signed by ${signer:-no valid key}, not by the envelope's senderKey $key"
      return 1; }
  jq -e . "$dir/payload.json" >/dev/null 2>&1 ||
    { rm -f "$dir/payload.json"; nrm_refuse "$dir" SCHEMA_INVALID "the payload is not JSON"; return 1; }
}

# Reject one pulled message that failed a check, with its stable code and a reason for the
# sender (by default what nrm_open wrote in rejection.json): the message leaves your inbox for
# good and the sender's status shows the code. Prints the gateway's answer.
#   nrm_reject DIR [CODE REASON]
nrm_reject() {
  local dir=$1 body
  if [ $# -ge 3 ]; then
    body=$(jq -cn --arg code "$2" --arg reason "$3" '{code: $code, reason: $reason}')
  else
    body=$(jq -c '{code, reason}' "$dir/rejection.json") || return 1
  fi
  curl -sS --fail-with-body -w '\n' -H "Authorization: Bearer $NRM_TOKEN" \
    -H 'Content-Type: application/json' --data-binary "$body" \
    "$NRM_GATEWAY_URL/v1/messages/$(basename "$dir")/reject"
}

# Acknowledge one opened message: an nrm.receipt (status acknowledged, naming the sha256 of
# the exact envelope bytes), signed detached with your key, posted to the gateway. Prints the
# gateway's answer. Only after nrm_open returned 0.
nrm_ack() {
  local dir=$1 id
  id=$(jq -r .id "$dir/envelope.json")
  jq -cn --arg id "$id" --arg digest "$(nrm_sha256 "$dir/envelope.json")" --arg by "$NRM_AGENCY" \
    --arg at "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    '{type: "nrm.receipt", version: 1, messageId: $id, envelopeDigest: $digest, by: $by,
      status: "acknowledged", at: $at}' >"$dir/receipt.json"
  nrm_sign "$dir/receipt.json" || return 1
  jq -n --arg receipt "$(base64 -w0 "$dir/receipt.json")" \
    --rawfile signature "$dir/receipt.json.asc" \
    '{receipt: $receipt, receiptSignature: $signature}' |
    curl -sS --fail-with-body -w '\n' -H "Authorization: Bearer $NRM_TOKEN" \
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
