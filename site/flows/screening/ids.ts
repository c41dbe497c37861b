/** The id of a question's first control: what an error links to. Apart, so the page's own
 * code can link errors without loading the question view, which loads when the run starts. */
export const answerId = (itemId: string) => `answer-${itemId}`;
