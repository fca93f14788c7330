/** The first line of every answer the offline engine writes: the member must know it is not an LLM's. */
export const OFFLINE_LABEL =
  '(Offline mode: the language model is unavailable, so this answer is assembled directly from the retrieved data.)';
