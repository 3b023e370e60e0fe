// Preflight's identity in the browsers, in one place: the manifest (wxt.config.ts), the admin
// guide's samples and their test all take it from here.
import { createHash } from 'node:crypto';

/**
 * The public half of Preflight's signing key (base64 DER, SubjectPublicKeyInfo), the manifest's
 * `key`. It fixes the Chrome/Edge extension id, unpacked or packed, so IT can name the id in
 * policy (`3rdparty.extensions.<id>`, ExtensionInstallForcelist). The private key is not in this
 * repository: a CRX the council hosts itself is signed with the council's own key, and then this
 * value becomes that key's public half (and the id, and the samples in docs/deploy, change with it).
 */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4MHxiLw+vAnuBuytQw1c2mqpfvCKzKUDZ7BK+gowZfjZNTSySSh8UuWfa69hzZecuT2AOkOLoeRiu0FvpGxrJVwnRMCg1Ph7WFXg7zDPTZmEGQkgqP5HSSdFoNnRW5HcdcAs6UAwGIZcTYvlbP4CJnwcd/ANn8AxwLsx9ku0gDAoS9IVhaR+g4TNJChOeq66TLVMNPlVQQNouFhUB6YvpNJjTJGEGCrVH+RBbt1c1UzQ9tyVBVjVYwxI3Qs9QeBzr23qGHTcNqh1iMbAyA6Q7Zch5U1CjhOXgqm9MK+EO+ngDgOITctP+++pLZVuJ+fhp5CFpg0RdV4KJv5+Y6veOQIDAQAB';

/** Firefox's add-on id (`browser_specific_settings.gecko.id`), also the key of its `3rdparty` policy. */
export const FIREFOX_ID = 'preflight@leightonlinslade-tc.gov.uk';

/** Chrome's id for a public key: the first 32 hex digits of its SHA-256, 0-f written a-p. */
export function chromeIdFor(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export const CHROME_ID = chromeIdFor(CHROME_PUBLIC_KEY);
