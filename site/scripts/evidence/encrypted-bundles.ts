/**
 * Encrypted case bundles on the evidence page: which chosen files are encrypted (so the page can
 * ask for the passphrase), and opening them before anything is counted, so a wrong passphrase
 * stops the run with nothing half-read. The passphrase is used here and never kept.
 */
import { caseBundle, readCaseBundle, type CaseBundle } from '@attune/sdk/cases';

/** An encrypted bundle names its kind first, as `encryptCaseBundle` writes it. */
const ENCRYPTED = /"kind"\s*:\s*"attune\.case-bundle\.encrypted"/;

/** True when the start of a file shows it is an encrypted case bundle. */
export const isEncryptedBundleHead = (head: string) => ENCRYPTED.test(head);

/** The chosen files that are encrypted case bundles. */
export async function encryptedFiles(files: File[]): Promise<File[]> {
  const heads = await Promise.all(files.map((f) => f.slice(0, 200).text()));
  return files.filter((_, i) => isEncryptedBundleHead(heads[i]!));
}

/**
 * Opens each encrypted bundle with the passphrase: the plain bundles by file, or the first file's
 * error in words the page can show as they are (wrong passphrase, damaged or changed file).
 */
export async function openEncryptedFiles(
  files: File[],
  passphrase: string,
): Promise<
  { ok: true; opened: Map<File, CaseBundle> } | { ok: false; message: string; passphrase: boolean }
> {
  const opened = new Map<File, CaseBundle>();
  for (const file of files) {
    const result = await readCaseBundle(await file.text(), passphrase);
    if (!result.ok)
      return {
        ok: false,
        message: files.length > 1 ? `${file.name}: ${result.error.message}` : result.error.message,
        passphrase: result.error.code === 'wrong-passphrase',
      };
    opened.set(file, caseBundle(result.cases));
  }
  return { ok: true, opened };
}
