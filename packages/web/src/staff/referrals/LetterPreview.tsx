import type { ReactNode } from 'react';
import type { Letter, LetterBlock } from '../../api/referralTypes';

/** Consecutive items become one list; everything else stays a block of its own. */
function groupBlocks(blocks: LetterBlock[]): (LetterBlock | LetterBlock[])[] {
  const groups: (LetterBlock | LetterBlock[])[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'item' && Array.isArray(last)) last.push(block);
    else groups.push(block.kind === 'item' ? [block] : block);
  }
  return groups;
}

function renderBlock(block: LetterBlock, key: number, level: 3 | 4): ReactNode {
  if (block.kind === 'letterhead') return <p key={key} className="letter-letterhead">{block.text}</p>;
  if (block.kind === 'heading') {
    const Heading = level === 3 ? 'h3' : 'h4';
    return <Heading key={key} className="letter-heading">{block.text}</Heading>;
  }
  return <p key={key}>{block.text}</p>;
}

/** The letter as the recipient would read it: only what the release allows, laid out as a letter. */
export function LetterPreview({ letter, headingLevel }: { letter: Letter; headingLevel: 3 | 4 }) {
  return (
    <article className="letter" aria-label="Letter preview">
      {groupBlocks(letter.blocks).map((group, index) =>
        Array.isArray(group) ? (
          <ul key={index} className="letter-items">
            {group.map((item, itemIndex) => (
              <li key={itemIndex}>{item.text}</li>
            ))}
          </ul>
        ) : (
          renderBlock(group, index, headingLevel)
        ),
      )}
    </article>
  );
}
