// The opening view: the Far East from Lake Baikal's east to Kamchatka, Sakhalin to Kyushu.
// At 1280×800 this frames about lon 115–155, lat 33–60.
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [115, 33],
  [155, 60],
];
