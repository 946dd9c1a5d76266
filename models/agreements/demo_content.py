"""What the demo's programme documents promise and do: outputs with indicators as UNICEF
programme documents word them (a baseline, a target, a means of verification), and the activities
their budget pays for. The wording follows the shape of public results frameworks (UNICEF's
Strategic Plan 2022-2025 results framework, the Sphere Handbook's indicators); the text is ours.
"""
from __future__ import annotations

# title -> ([(output, [(indicator, baseline, target or None: scaled, means of verification)])],
#           [activities of the budget])
CONTENT: dict[str, tuple[list, list[str]]] = {
    "Community management of acute malnutrition": ([
        ("Children 6-59 months with severe acute malnutrition are treated in outpatient sites", [
            ("Number of children 6-59 months admitted for treatment of severe acute malnutrition",
             "0", None, "Outpatient site registers"),
            ("Cure rate among children discharged from treatment (%)", "72", "85",
             "Monthly nutrition reports")]),
        ("Caregivers practise recommended infant and young child feeding", [
            ("Number of caregivers counselled on infant and young child feeding", "0", None,
             "Counselling session records")])],
        ["Screen children 6-59 months for acute malnutrition (MUAC) in the community",
         "Run outpatient therapeutic programme sites",
         "Train community health volunteers in infant and young child feeding counselling",
         "Transport and store ready-to-use therapeutic food"]),
    "Safe schools and learning": ([
        ("Out-of-school children are enrolled in learning", [
            ("Number of out-of-school children aged 6-17 enrolled in formal or non-formal "
             "education", "0", None, "School and learning-centre records"),
            ("Enrolled children attending at least 80 % of sessions (%)", "60", "85",
             "Attendance registers")]),
        ("Schools offer a safe learning environment", [
            ("Number of schools with a school safety plan in use", "0", None,
             "Field monitoring visits")])],
        ["Enrol out-of-school children through community outreach",
         "Rehabilitate classrooms and latrines",
         "Train teachers in psychosocial support and school safety",
         "Distribute learning materials"]),
    "Water supply in host communities": ([
        ("Host and displaced communities have safe water", [
            ("Number of people accessing a sufficient quantity of safe water", "0", None,
             "Water point monitoring"),
            ("Water points still working six months after repair (%)", "55", "90",
             "Functionality survey")]),
        ("Households practise key hygiene behaviours", [
            ("Number of people reached with hygiene promotion", "0", None,
             "Hygiene promoter reports")])],
        ["Rehabilitate boreholes and water points", "Extend the piped network to host communities",
         "Train water management committees", "Run hygiene promotion sessions"]),
    "Birth registration outreach": ([
        ("Children are registered at birth", [
            ("Number of children under five whose birth was registered", "0", None,
             "Civil registry data"),
            ("Births registered within 90 days (%)", "45", "75", "Civil registry data")]),
        ("Registration services reach remote areas", [
            ("Number of civil registration officers trained in digital registration", "0", None,
             "Training records")])],
        ["Run mobile birth registration campaigns in remote areas",
         "Train civil registration officers and health workers",
         "Link health facilities to the civil registry",
         "Raise community awareness of birth registration"]),
    "Psychosocial support for adolescents": ([
        ("Adolescents have community-based mental health and psychosocial support", [
            ("Number of adolescents aged 10-19 reached with community-based psychosocial "
             "support", "0", None, "Activity attendance lists"),
            ("Adolescents reporting better wellbeing after eight sessions (%)", "0", "70",
             "Wellbeing questionnaire")]),
        ("Children at risk receive case management", [
            ("Number of children at risk referred to case management services", "0", None,
             "Referral records")])],
        ["Run adolescent-friendly spaces",
         "Train facilitators in structured psychosocial activities",
         "Refer children at risk to case management", "Hold parenting sessions for caregivers"]),
    "Cash for education": ([
        ("Vulnerable households can keep their children in school", [
            ("Number of households receiving education cash transfers", "0", None,
             "Payment lists"),
            ("Children in receiving households attending school regularly (%)", "62", "85",
             "Post-distribution monitoring survey")]),
        ("Transfers are monitored and complaints answered", [
            ("Number of post-distribution monitoring visits carried out", "0", None,
             "Monitoring reports")])],
        ["Identify and register eligible households", "Transfer cash through mobile money",
         "Monitor after each distribution", "Run the complaints and feedback mechanism"]),
}


def results(title: str, scale: int) -> list[dict]:
    """The PD's outputs and indicators; counts are scaled to the size of the programme."""
    outputs, _activities = CONTENT[title]
    return [{"title": output, "indicators": [
        {"name": name, "baseline": baseline, "target": target or str(scale * (3 if n else 1)),
         "means_of_verification": means} for n, (name, baseline, target, means)
        in enumerate(indicators)]} for output, indicators in outputs]


def activities(title: str) -> list[str]:
    return CONTENT[title][1]
