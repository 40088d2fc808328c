export default "extra";
