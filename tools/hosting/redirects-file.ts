/**
 * The `_redirects` file a static host reads (the Netlify and Cloudflare Pages format), parsed once
 * so the local server, the nginx config and the tests agree with the host.
 */

export interface Redirect {
  from: string;
  to: string;
  status: number;
}

/**
 * The lines of a `_redirects` file: "from to [status]".
 * @param text the file's contents
 */
export function parseRedirects(text: string): Redirect[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '301'] = line.split(/\s+/);
      return { from, to, status: Number(status) };
    });
}
