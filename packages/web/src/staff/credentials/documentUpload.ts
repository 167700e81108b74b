/** Reading a chosen file for upload: its type checked and its bytes as base64, as `POST /credentials/:id/documents` takes them. */
import { DOCUMENT_MAX_BYTES, DocumentTypes, type DocumentType, type NewCredentialDocument } from '../../api/credentialTypes';

const BY_EXTENSION: Record<string, DocumentType> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/** The accepted types, for the file input's `accept`. */
export const DOCUMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/** Why a file cannot be attached, or '' when it can. */
export function documentProblem(file: File | null): string {
  if (!file) return 'Choose a file to attach.';
  if (!documentTypeOf(file)) return 'Attach a PDF, PNG or JPEG file.';
  if (file.size > DOCUMENT_MAX_BYTES) return `The file is larger than ${DOCUMENT_MAX_BYTES / 1024} KB. A scan at a lower resolution, or a PDF, is usually small enough.`;
  if (file.size === 0) return 'The file is empty.';
  return '';
}

function documentTypeOf(file: File): DocumentType | null {
  if ((DocumentTypes as readonly string[]).includes(file.type)) return file.type as DocumentType;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? null;
}

/** The file as the upload body; call only once `documentProblem` is ''. */
export function readDocument(file: File): Promise<NewCredentialDocument> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ filename: file.name.slice(0, 160), contentType: documentTypeOf(file) ?? 'application/pdf', dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}
