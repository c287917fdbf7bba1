/** What the text modules read of the page's state: who is looking, the members' names, the room's mode. */
export function viewOf(you, names, extra = {}) {
    return {
        you,
        members: new Map(Object.entries(names).map(([id, name]) => [id, { id, name }])),
        roomMode: 'moderated',
        ...extra,
    };
}
