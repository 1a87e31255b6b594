import {
  GatewayError,
  isArmored,
  open,
  seal,
  type readAgencyPrivateKey,
  type readPublicKeys,
} from '@nrm/client';
import { gpgArmor } from './gpg-armor.js';
import type { OutboundSink } from '../../sdk/sinks.js';
import type { Unwrap } from '../../sdk/sources.js';

type PrivateKey = Awaited<ReturnType<typeof readAgencyPrivateKey>>;
type PublicKey = Awaited<ReturnType<typeof readPublicKeys>>[number];

/**
 * The partner's side of the drop folder is gpg only: files are signed and encrypted with
 * `gpg --armor --sign --encrypt`, and answers are read with `gpg --decrypt`. This side
 * holds the desk key files are encrypted to, and the staff keys allowed to sign them.
 */
export interface ArmoredDropKeys {
  /** Keys the dropped files are encrypted to (the desk's). */
  readonly decryptionKeys: readonly PrivateKey[];
  /** Keys whose signature a dropped file must carry (the partner's staff or agency key). */
  readonly signerKeys: readonly PublicKey[];
  readonly now?: () => Date;
}

/** Decrypt and verify an armored drop: unsigned, unknown signer or not OpenPGP is refused. */
export function openArmoredDrop(keys: ArmoredDropKeys): Unwrap {
  return async (content, file) => {
    if (!isArmored(content)) {
      throw new GatewayError('UNSUPPORTED_MEDIA_TYPE', {
        message: `${file} is not an armored OpenPGP message (gpg --armor --sign --encrypt).`,
        path: file,
      });
    }
    const opened = await open(content, [...keys.decryptionKeys], [...keys.signerKeys], {
      at: keys.now?.() ?? new Date(),
    });
    return opened.plaintext;
  };
}

/** Write each notice encrypted to the partner's keys and signed by the desk, armored for gpg. */
export function armoredSink(
  inner: OutboundSink,
  keys: {
    readonly recipients: readonly PublicKey[];
    readonly signer: PrivateKey;
    readonly now?: () => Date;
  },
): OutboundSink {
  return {
    async write(messageId, content) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      const sealed = await seal(bytes, [...keys.recipients], keys.signer, {
        at: keys.now?.() ?? new Date(),
      });
      await inner.write(messageId, gpgArmor(sealed));
    },
  };
}
