/**
 * Gmail clips a message whose HTML is larger than this and hides the rest
 * behind "[Message clipped]": `check` warns past it, `preview` shows the size
 * against it.
 */
export const gmailClipBytes = 102 * 1024;
