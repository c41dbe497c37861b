// Every GOV.UK component the flows use, each written once in its own file. Views import each
// from its own file, so a lazily loaded step takes its components with it.
export { BackLink } from './back-link';
export { Button, ButtonGroup, LinkButton } from './button';
export { Checkboxes } from './checkboxes';
export type { ChoiceItem } from './choices';
export { DateInput } from './date-input';
export { Details } from './details';
export { ErrorMessage } from './error-message';
export { ErrorSummary } from './error-summary';
export { FileUpload } from './file-upload';
export { Fieldset } from './fieldset';
export { Hint } from './hint';
export { InsetText } from './inset-text';
export { NotificationBanner } from './notification-banner';
export { Panel } from './panel';
export { Radios } from './radios';
export { Select, type SelectItem } from './select';
export { SummaryList, type SummaryRow } from './summary-list';
export { Table, type TableCell } from './table';
export { Tag } from './tag';
export { TextInput } from './text-input';
export { Textarea } from './textarea';
export { WarningText } from './warning-text';
