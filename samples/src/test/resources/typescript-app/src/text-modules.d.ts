// Wrangler's default rules import .txt files as Text modules: their default export is the content
declare module "*.txt" {
  const text: string;
  export default text;
}
