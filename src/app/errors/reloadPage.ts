/** A fresh start of the page; what was saved is read back from this device. */
export const reloadPage = (): void => window.location.reload();
