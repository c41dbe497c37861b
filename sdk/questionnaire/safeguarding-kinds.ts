/** The kinds of safeguarding concern an answer can raise; each has its own response guidance. Zod-free, so pages can import it without the schemas. */
export const SAFEGUARDING_KINDS = ['suicidal-thoughts', 'self-harm', 'exploitation'] as const;
