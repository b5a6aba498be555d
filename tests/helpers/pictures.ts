// Realistic Easy Read pictures made with sharp, for tests: photographs (noise over gradients, as a camera's grain) and
// drawings (flat shapes with a paper texture), 1,200 × 900 px and 150 to 400 KB, as editors' files are.
import sharp from "sharp";

export const PICTURE_SIZE = { width: 1200, height: 900 };

/** A photograph-like JPEG: a coloured gradient under a fine grain, varied by `seed`. */
export async function photograph(seed: number): Promise<Buffer> {
  const { width, height } = PICTURE_SIZE;
  const hue = (seed * 47) % 360;
  const gradient = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,35%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},55%,70%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${300 + seed * 60}" cy="450" r="220" fill="hsl(${(hue + 200) % 360},50%,55%)" opacity="0.8"/></svg>`);
  const grain = await sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } }).blur(0.6).png().toBuffer();
  return sharp(gradient).composite([{ input: grain, blend: "overlay" }]).jpeg({ quality: 82 }).toBuffer();
}

/** A drawing-like PNG: flat shapes and thick outlines on a faintly textured paper. */
export async function drawing(seed: number, grain = 55): Promise<Buffer> {
  const { width, height } = PICTURE_SIZE;
  const hue = (seed * 71) % 360;
  const shapes = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fffdf5"/><circle cx="420" cy="330" r="150" fill="hsl(${hue},70%,60%)" stroke="#0b0c0c" stroke-width="18"/><rect x="620" y="260" width="360" height="420" rx="40" fill="hsl(${(hue + 90) % 360},65%,55%)" stroke="#0b0c0c" stroke-width="18"/><path d="M200 760 Q600 ${560 + seed * 10} 1000 760" fill="none" stroke="#0b0c0c" stroke-width="24"/></svg>`);
  // Paper grain at a third of the size, enlarged: soft blotches, as a scanned drawing has.
  const paper = await sharp({ create: { width: width / 3, height: height / 3, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: grain } } }).resize(width, height).png().toBuffer();
  return sharp(shapes).composite([{ input: paper, blend: "soft-light" }]).png({ compressionLevel: 9, palette: true, colours: 64, dither: 1 }).toBuffer();
}

/** The size editors' files have, which the tests promise; sharp's grain is random, so a drawing that came out small is drawn again with more. */
export const REALISTIC_BYTES = { min: 150 * 1024, max: 400 * 1024 };

/** Eight pictures as an Easy Read statement has them, alternately photographs and drawings, each of a realistic size. */
export async function realisticPictures(count = 8): Promise<{ name: string; bytes: Buffer }[]> {
  const made: { name: string; bytes: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    let bytes = i % 2 === 0 ? await photograph(i) : await drawing(i);
    for (let grain = 65; i % 2 === 1 && bytes.length < REALISTIC_BYTES.min && grain < 120; grain += 10) bytes = await drawing(i, grain);
    made.push({ name: i % 2 === 0 ? `photograph-${i + 1}.jpg` : `drawing-${i + 1}.png`, bytes });
  }
  return made;
}

/** The Easy Read text of the realistic borough: a picture beside each key sentence, eight in all. */
export function easyReadWithPictures(pictures: { name: string }[]): string {
  const sentences = ["We keep children and adults safe.", "We listen to you.", "We work with the NHS.", "We work with the police.", "We meet every three months.", "You can phone us for help.", "We write to you in plain words.", "We treat everyone with respect."];
  const alts = ["A family at home", "Two people talking", "A nurse with a patient", "A police officer", "People in a meeting", "A telephone", "A person reading a letter", "A heart"];
  return pictures.map((picture, i) => `![${alts[i % alts.length]}](/images/${picture.name}) ${sentences[i % sentences.length]}`).join("\n\n");
}
