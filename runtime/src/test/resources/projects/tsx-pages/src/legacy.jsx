/** @jsxRuntime classic */
/** @jsx h */
// a classic-runtime file in an automatic-runtime project: its own factory through pragmas
function h(type, props, ...children) {
  return { type, props, children };
}
export const tree = <p id="legacy">old {"school"}</p>;
