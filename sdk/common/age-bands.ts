/** Broad age bands only, so a record can never pin down a birthday. */
export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55+'] as const;
