// Entry of `dist/masukan-problems.min.js`, which `masukan.min.js` fetches the first time a survey cannot be shown.
// The registry of terms lives on the global object, so registering here adds to what the survey reads.
import './index.js';
