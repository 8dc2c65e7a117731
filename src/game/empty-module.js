// Stands in for optional modules a build leaves out (Phaser's WebGL debugger).
export default {};
