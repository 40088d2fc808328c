// A value a Worker Loader's callback put in the loaded worker's env: its structured-clone text,
// rebuilt in the loaded worker's Context.
(function (internals) {
  return (text) => internals.cloneDeserialize(text);
})
