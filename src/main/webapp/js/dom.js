// The page's elements, found when asked for: no module touches the page while it loads.

export const $ = (id) => document.getElementById(id);

/** Shows one of the page's screens and hides the others. */
export function show(section) {
    for (const id of ['signed-out', 'home', 'join', 'room']) {
        $(id).hidden = id !== section;
    }
}
