import { cx, h } from '../h';
import { FormGroup, type GroupParams } from './form-group';
import { Label } from './label';
import type { Attributes, LabelParams } from './types';

export interface FileUploadParams extends Omit<GroupParams, 'idPrefix' | 'fieldset'> {
  id: string;
  name: string;
  label: LabelParams;
  /** The file types offered, as the input's accept attribute. */
  accept?: string;
  attributes?: Attributes;
  /** Not in the macro: called with the file chosen. */
  onFile?: (file: File) => void;
}

/** govukFileUpload: a label, hint and error tied to one file input. */
export function FileUpload(params: FileUploadParams) {
  const { id, name, label, accept, attributes, onFile } = params;
  return FormGroup(
    { ...params, idPrefix: id, label: h(Label, { ...label, for: id }) },
    (describedBy) =>
      h('input', {
        class: cx('govuk-file-upload', params.errorMessage && 'govuk-file-upload--error'),
        id,
        name,
        type: 'file',
        accept,
        'aria-describedby': describedBy,
        'aria-invalid': params.errorMessage ? 'true' : undefined,
        onChange: onFile
          ? (e: Event) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) onFile(file);
            }
          : undefined,
        ...attributes,
      }),
  );
}
