import { describe, expect, it } from 'vitest';
import { documentMarks } from './document-marks';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('documentMarks', () => {
  it('marks nothing when every named document came and nothing else did', () => {
    expect(
      documentMarks(
        [{ name: 'Ordonnance.PDF' }, { name: 'annexe', sha256: B }],
        [
          { name: 'annexe-renamed.pdf', sha256: B },
          { name: 'ordonnance.pdf', sha256: A },
        ],
      ),
    ).toEqual([]);
  });

  it('marks a named document that was not attached, and a file in its place as unlisted', () => {
    expect(
      documentMarks([{ name: 'ordonnance.pdf' }], [{ name: 'holiday-photos.pdf', sha256: A }]),
    ).toEqual([
      { kind: 'document_missing', name: 'ordonnance.pdf' },
      { kind: 'unlisted_document', name: 'holiday-photos.pdf', sha256: A },
    ]);
  });

  it('marks every attached file unlisted when the order names no documents', () => {
    expect(documentMarks(undefined, [{ name: 'x.pdf', sha256: A }])).toEqual([
      { kind: 'unlisted_document', name: 'x.pdf', sha256: A },
    ]);
    expect(documentMarks([], [])).toEqual([]);
  });

  it('lets one file answer one name only', () => {
    expect(
      documentMarks(
        [{ name: 'order.pdf' }, { name: 'order.pdf' }],
        [{ name: 'order.pdf', sha256: A }],
      ),
    ).toEqual([{ kind: 'document_missing', name: 'order.pdf' }]);
  });

  it('does not let a name take the file another document claims by its digest', () => {
    expect(
      documentMarks(
        [{ name: 'warrant.pdf' }, { name: 'annex.pdf', sha256: A }],
        [{ name: 'warrant.pdf', sha256: A }],
      ),
    ).toEqual([{ kind: 'document_missing', name: 'warrant.pdf' }]);
  });
});
