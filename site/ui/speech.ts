/** Read aloud with the browser's own speech synthesis; nothing is sent anywhere by us. */
export const canSpeak = (): boolean =>
  typeof window !== 'undefined' &&
  'speechSynthesis' in window &&
  typeof SpeechSynthesisUtterance !== 'undefined';

/**
 * Speaks the text and tells the caller when speech starts and stops, so the page can show that
 * it is speaking and offer a Stop button.
 */
export function speak(
  text: string,
  onChange: (speaking: boolean, failed?: boolean) => void = () => {},
): void {
  if (!canSpeak()) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'en-GB';
  utterance.rate = 0.9;
  utterance.onstart = () => onChange(true);
  utterance.onend = () => onChange(false);
  utterance.onerror = () => onChange(false, true);
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
