// A value a Worker Loader's callback put in the loaded worker's env: its structured-clone text,
// rebuilt in the loaded worker's Context.
(function (internals) {
  // an undefined value keeps its key in env (recorded)
  return (text) => {
    const value = internals.cloneDeserialize(text);
    return value === undefined ? internals.envUndefined : value;
  };
})
