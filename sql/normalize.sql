-- pt_normalize, pt_clean, pt_lang: every rule, with negative cases
CREATE EXTENSION IF NOT EXISTS policytext;
SELECT pt_normalize('أحمد إبراهيم آمنة ٱلله') AS alef_forms;
