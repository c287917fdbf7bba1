import { erasureLines, recordsLines } from '../js/your-data.js';
import { assertEqual, test } from './runner.js';

const UNTIL = '2036-03-01T10:00:00Z';
const day = new Date(UNTIL).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

test('an erasure says room by room what went and what is kept, until when and why', () => {
    assertEqual(erasureLines({
        rooms: [
            { roomName: 'Before we begin', erased: true, heldUntil: null, why: 'No clinical record.' },
            { roomName: 'Robin and Kai', erased: false, heldUntil: UNTIL, why: 'Clinical record: kept 10 years.' },
        ],
    }), [
        'Before we begin: erased.',
        `Robin and Kai: kept until ${day}, then erased. Clinical record: kept 10 years.`,
    ]);
    assertEqual(erasureLines({ rooms: [] }), ['You were in no room. Nothing else was kept about you.']);
});

test('the therapist reads how long the room is kept and whose erasure waits for it', () => {
    assertEqual(recordsLines({
        region: 'CA', retentionYears: 10, clinicalRecord: true, keptUntil: UNTIL,
        held: [{ name: 'Robin Quill', requestedAt: UNTIL, heldUntil: UNTIL, why: 'Clinical record.' }],
    }), [
        `Kept until ${day}: 10 years after the last activity, region CA. This room holds a clinical record.`,
        `Robin Quill asked on ${day} for their data to be erased. Their part is kept until ${day}. Clinical record.`,
    ]);
    assertEqual(recordsLines({ region: null, retentionYears: 7, clinicalRecord: false, keptUntil: UNTIL, held: [] }),
        [`Kept until ${day}: 7 years after the last activity. No session has been held here yet.`]);
});
