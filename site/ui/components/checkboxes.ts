import { Choices, type ChoicesParams } from './choices';

/** govukCheckboxes */
export const Checkboxes = (params: ChoicesParams) => Choices('checkboxes', params);
