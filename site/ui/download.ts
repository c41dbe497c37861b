/** Offers text as a file download; nothing leaves the device. */
export function downloadText(text: string, name: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Offers data as a JSON file download. */
export function downloadJson(data: unknown, name: string): void {
  downloadText(JSON.stringify(data, null, 2), name, 'application/json');
}
