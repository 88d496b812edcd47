/**
 * Python's `repr(float)`, shared by the YAML and JSON writers: the shortest round-trip digits
 * (as JavaScript also finds them), fixed notation for exponents -4..15, else `d.ddde±XX`.
 *
 * @module
 */

/** Formats a finite or non-finite number as Python's `repr(float(x))`. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mant.replace(".", "");
  const e = Number(expText);
  let s: string;
  if (e < -4 || e >= 16) {
    const exp = (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(2, "0");
    s = digits[0] + (digits.length > 1 ? "." + digits.slice(1) : "") + "e" + exp;
  } else if (e < 0) s = "0." + "0".repeat(-e - 1) + digits;
  else if (digits.length <= e + 1) s = digits + "0".repeat(e + 1 - digits.length) + ".0";
  else s = digits.slice(0, e + 1) + "." + digits.slice(e + 1);
  return (x < 0 ? "-" : "") + s;
}
