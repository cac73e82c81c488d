// The opening view: the Far East from Transbaikal to Kamchatka, the Sea of Okhotsk to Kyushu
// (Nagasaki, where Ioffe landed, lies at 32.7°N). At 1280×800 this frames about lon 115–155,
// lat 31.5–60.
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [115, 31.5],
  [155, 60],
];
