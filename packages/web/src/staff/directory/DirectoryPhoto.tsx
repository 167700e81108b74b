import { useState, type ChangeEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { PHOTO_MAX_BYTES, PhotoTypes, type DirectoryProfile, type PhotoType } from '../../api/directoryTypes';
import { publicPhotoPath, useRemoveDirectoryPhoto, useSetDirectoryPhoto } from '../../api/useDirectory';
import { Alert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';

interface ChosenPhoto {
  /** A `data:` URL: the Content-Security-Policy allows those for images, and the upload needs the bytes anyway. */
  dataUrl: string;
  contentType: PhotoType;
  name: string;
}

const isPhotoType = (type: string): type is PhotoType => (PhotoTypes as readonly string[]).includes(type);

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** A problem from the server, as one sentence (the photo has a single field). */
function problemOf(error: unknown): string | undefined {
  if (!error) return undefined;
  return Object.values(fieldErrorsOf(error))[0] ?? describeError(error);
}

/**
 * The profile photo: choose a file (previewed before it is saved), save it, or remove it. The saved
 * photo is shown from the public address, which serves it only while the profile is public.
 */
export function DirectoryPhoto({ profile, isPublic }: { profile: DirectoryProfile; isPublic: boolean }) {
  const setPhoto = useSetDirectoryPhoto();
  const removePhoto = useRemoveDirectoryPhoto();
  const [chosen, setChosen] = useState<ChosenPhoto | null>(null);
  const [fileError, setFileError] = useState('');
  const [status, setStatus] = useState('');
  // Remounting the file input is how a chosen file is cleared.
  const [inputKey, setInputKey] = useState(0);
  const busy = setPhoto.isPending || removePhoto.isPending;

  async function handleChoose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setStatus('');
    setFileError('');
    setPhoto.reset();
    if (!file) {
      setChosen(null);
      return;
    }
    if (!isPhotoType(file.type)) {
      setChosen(null);
      setFileError('Choose a PNG or JPEG image.');
      return;
    }
    if (file.size > PHOTO_MAX_BYTES) {
      setChosen(null);
      setFileError(`This image is ${Math.ceil(file.size / 1024)} KB; choose one of 400 KB or less.`);
      return;
    }
    try {
      setChosen({ dataUrl: await readAsDataUrl(file), contentType: file.type, name: file.name });
    } catch {
      setFileError('That file could not be read. Please try another.');
    }
  }

  function handleSave() {
    if (!chosen) return;
    const dataBase64 = chosen.dataUrl.slice(chosen.dataUrl.indexOf(',') + 1);
    setPhoto.mutate(
      { contentType: chosen.contentType, dataBase64 },
      {
        onSuccess: () => {
          setStatus('Your photo is saved.');
          setChosen(null);
          setInputKey((key) => key + 1);
        },
      },
    );
  }

  function handleRemove() {
    setStatus('');
    removePhoto.mutate(undefined, { onSuccess: () => setStatus('Your photo is removed.') });
  }

  return (
    <section aria-labelledby="photo-heading" className="panel">
      <h2 id="photo-heading">Photo</h2>
      <div className="directory-photo-row">
        <div className="directory-photo-frame">
          {chosen ? (
            <img className="directory-photo" src={chosen.dataUrl} alt="Preview of the photo you chose, not saved yet" />
          ) : profile.hasPhoto && isPublic ? (
            <img className="directory-photo" src={`${publicPhotoPath(profile.slug)}?v=${encodeURIComponent(profile.updatedAt)}`} alt="Your photo, as the public sees it" />
          ) : (
            <p className="muted directory-photo-empty">
              {profile.hasPhoto ? 'Your photo is saved. It shows here once your profile is public.' : 'No photo yet.'}
            </p>
          )}
        </div>
        <div>
          <TextField
            key={inputKey}
            name="photo"
            type="file"
            label={profile.hasPhoto ? 'Choose a new photo' : 'Choose a photo (optional)'}
            hint="A PNG or JPEG image of 400 KB or less. It is shown on your public page."
            accept={PhotoTypes.join(',')}
            onChange={(event) => void handleChoose(event)}
            error={fileError || (setPhoto.isError ? problemOf(setPhoto.error) : undefined)}
          />
          <div className="form-actions">
            {chosen ? (
              <button type="button" onClick={handleSave} disabled={busy}>
                {setPhoto.isPending ? 'Saving…' : 'Save photo'}
              </button>
            ) : null}
            {profile.hasPhoto ? (
              <button type="button" className="button-secondary" onClick={handleRemove} disabled={busy}>
                {removePhoto.isPending ? 'Removing…' : 'Remove photo'}
              </button>
            ) : null}
          </div>
          <Alert>{removePhoto.isError ? describeError(removePhoto.error) : undefined}</Alert>
          <StatusMessage>{status || undefined}</StatusMessage>
        </div>
      </div>
    </section>
  );
}
