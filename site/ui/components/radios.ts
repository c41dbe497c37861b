import { Choices, type ChoicesParams } from './choices';

/** govukRadios */
export const Radios = (params: ChoicesParams) => Choices('radios', params);
