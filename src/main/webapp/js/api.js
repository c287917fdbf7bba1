import { language, t } from './i18n.js';
import { inPageLanguage } from './server-words.js';

/**
 * Calls Attune's REST API with the page's own session. A refusal becomes an
 * error carrying the server's explanation (the problem's `detail`) and status.
 * The server acts on a session only for requests from its own pages, which
 * it knows by their Origin: the page's no-referrer policy would send "null",
 * so requests to the API (same origin, never elsewhere) keep it. The server
 * answers in the page's language; what it says by code reads in it too.
 */
export async function api(method, path, body) {
    const response = await fetch(path, {
        method,
        headers: {
            'X-Requested-With': 'XMLHttpRequest',
            'Accept': 'application/json',
            'Accept-Language': language(),
            ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'same-origin',
        referrerPolicy: 'same-origin',
    });
    const data = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
    if (!response.ok) {
        const error = new Error(data?.detail || t('api.failed'));
        error.status = response.status;
        throw error;
    }
    return inPageLanguage(data);
}
