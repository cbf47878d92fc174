import { describe, expect, it } from "vitest";
import { generatePassword } from "./password";
import { passwordProblem } from "./password-rules";

const account = { email: "aigerim.n@mission.example", name: "Aigerim Nurlanovna" };

describe("passwordProblem", () => {
  it("accepts long, unusual passwords, including generated ones", () => {
    expect(passwordProblem("correct horse battery staple", account)).toBeNull();
    expect(passwordProblem("sunflower-Berlin-47-delegation", account)).toBeNull();
    expect(passwordProblem(generatePassword(), account)).toBeNull();
  });

  it("refuses fewer than 12 characters", () => {
    expect(passwordProblem("Xq7#kd9!pL2", account)).toBe("Use at least 12 characters");
  });

  it("refuses the account's email, whatever its case, and its local part", () => {
    expect(passwordProblem("Aigerim.N@Mission.example", account)).toBe("Do not use your email address as your password");
    expect(passwordProblem("aigerim.n", { email: "aigerim.n@x.example" })).toBe("Use at least 12 characters");
    expect(passwordProblem("aigerim.nurlanovna", { email: "aigerim.nurlanovna@x.example" })).toBe(
      "Do not use your email address as your password",
    );
  });

  it.each(["qwertyuiop123", "1q2w3e4r5t6y", "administrator", "123456789012"])("refuses the common password %s", (password) => {
    expect(passwordProblem(password, account)).toMatch(/commonly used|too easy to guess/);
  });

  it.each(["Password1234!", "passwordpassword1", "aaaaaaaaaaaa", "abcdefghijklmn", "qwertyuiop1234"])(
    "refuses %s, which is easily guessed",
    (password) => {
      expect(passwordProblem(password, account)).toBe(
        "This password is too easy to guess: use a longer phrase of unrelated words, or a password manager",
      );
    },
  );

  it("refuses a password built from the email or name", () => {
    expect(passwordProblem("AigerimNurlanovna", account)).toBe("Do not build your password from your email address or name");
    expect(passwordProblem("aigerimmission", account)).toBe("Do not build your password from your email address or name");
  });
});
