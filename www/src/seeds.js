// The five seed articles the bundled reference set cites by file name. A fact-checker needs a
// name to cite, never a file: until a source carries its outlet and headline, a seed is named
// by its number and the first words of its headline (its first line). The demo's buttons use
// the same names. A test checks these words against tests/fixtures/seeds/.

/** File name -> the first words of the article's first line. */
export const SEED_HEADLINES = {
  '000_07d0504bfaebc798.txt': 'Russia launched a massive attack on Ukraine',
  '001_5c0e9fa9b5372774.txt': 'What happened in Russia’s latest deadly attack',
  '002_bd82c5051f033c0e.txt': 'Russia launched a large-scale drone and missile attack',
  '003_f1b6b5ba79f4232f.txt': 'At least one person has been killed',
  '004_b1c98fba87abfd1e.txt': 'Amid stalled US-led peace talks, Russia launched',
};

/** "Seed article 5: Amid stalled US-led peace talks…", or "Seed article" for a seed it does not know. */
export function seedName(file) {
  const files = Object.keys(SEED_HEADLINES);
  const at = files.indexOf(file);
  return at < 0 ? 'Seed article' : `Seed article ${at + 1}: ${SEED_HEADLINES[file]}…`;
}
