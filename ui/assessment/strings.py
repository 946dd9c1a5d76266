"""Texts shown by the self-assessment that live in models/ (rating labels, evidence
sentences, the default benchmarks), listed here so that lupdate finds them with their
contexts. tests/test_assessment_records.py checks this list against the models."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

STRINGS = [
    QT_TRANSLATE_NOOP('vocab', 'Met'),
    QT_TRANSLATE_NOOP('vocab', 'Partly met'),
    QT_TRANSLATE_NOOP('vocab', 'Not met'),
    QT_TRANSLATE_NOOP('evidence', '{num} of {den} active partnerships record the comparative advantage of every partner ({pct} %).'),
    QT_TRANSLATE_NOOP('evidence', 'No active partnerships to measure.'),
    QT_TRANSLATE_NOOP('evidence', '{num} of {den} partnerships started in the last 12 months had every partner cleared by due diligence before the start ({pct} %).'),
    QT_TRANSLATE_NOOP('evidence', 'No partnership started in the last 12 months.'),
    QT_TRANSLATE_NOOP('evidence', '{num} of {den} active partnerships have a focal point and a written agreement with defined results ({pct} %).'),
    QT_TRANSLATE_NOOP('evidence', 'No active partnerships to measure.'),
    QT_TRANSLATE_NOOP('evidence', '{num} of {den} active partnerships were reviewed with partner feedback in the last 12 months ({pct} %).'),
    QT_TRANSLATE_NOOP('evidence', 'No active partnerships to measure.'),
    QT_TRANSLATE_NOOP('evidence', 'Not recorded: this database keeps no partnership reviews.'),
    QT_TRANSLATE_NOOP('evidence', '{num} of {den} active partnerships had their results measured in the last 12 months ({pct} %).'),
    QT_TRANSLATE_NOOP('evidence', 'No active partnerships to measure.'),
    QT_TRANSLATE_NOOP('evidence', 'Not recorded: this database keeps no measured results of partnerships.'),
    QT_TRANSLATE_NOOP('evidence', '{num} of {den} active partnerships have an exit or sustainability strategy ({pct} %).'),
    QT_TRANSLATE_NOOP('evidence', 'No active partnerships to measure.'),
    QT_TRANSLATE_NOOP('evidence', 'Not recorded: this database keeps no exit strategies.'),
    QT_TRANSLATE_NOOP('benchmarks', 'Partner landscape mapped and analysed in programme planning'),
    QT_TRANSLATE_NOOP('benchmarks', 'Map who works on the results you seek, their interest and influence, and what each partner brings (its comparative advantage). Evidence: the comparative advantage of every partner is recorded for each active partnership.'),
    QT_TRANSLATE_NOOP('benchmarks', 'Due diligence and risk screening done before every new partnership'),
    QT_TRANSLATE_NOOP('benchmarks', 'Before engaging, check registration, mandate, fraud, PSEA and safeguarding, sanctions and other risks. Evidence: every partner of each partnership started in the last 12 months was cleared before the start.'),
    QT_TRANSLATE_NOOP('benchmarks', 'Every active partnership has a designated focal point and a written agreement with defined results'),
    QT_TRANSLATE_NOOP('benchmarks', 'Name one focal point per partnership, put the partnership in writing (MoU or legal agreement) and state the results for children it serves.'),
    QT_TRANSLATE_NOOP('benchmarks', 'Every active partnership reviewed at least once a year, with partner feedback'),
    QT_TRANSLATE_NOOP('benchmarks', 'Review each partnership on the four dimensions of monitoring and evaluation and ask the partners for feedback. Evidence: a review recorded in the last 12 months.'),
    QT_TRANSLATE_NOOP('benchmarks', 'Contribution of partnerships to results measured and reported'),
    QT_TRANSLATE_NOOP('benchmarks', "Measure results and indicators achieved and the partnership's contribution to them. Evidence: results measured (partnering cycle phase viii) in the last 12 months."),
    QT_TRANSLATE_NOOP('benchmarks', 'Every partnership has an exit or sustainability strategy'),
    QT_TRANSLATE_NOOP('benchmarks', 'Plan from the start how the partnership ends, is handed over or is sustained, with the evaluation that decides continuation.'),
]
