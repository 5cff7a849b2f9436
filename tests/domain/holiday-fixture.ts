/** A FICTIONAL 2027 schedule for the tests (the real notice is not known to this code). */
export const fictional2027 = {
  version: 1,
  years: [
    {
      year: 2027,
      source: "test fixture, not the State Council's notice",
      holidays: [{ name: "春节", from: "2027-02-08", to: "2027-02-12" }],
      workdays: [{ date: "2027-02-06", name: "春节" }],
    },
  ],
};
