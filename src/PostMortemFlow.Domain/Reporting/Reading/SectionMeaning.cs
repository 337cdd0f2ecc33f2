namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>What a section of a post-mortem is about, whatever its heading says.</summary>
internal enum SectionMeaning
{
    Unknown,
    Summary,
    Impact,
    RootCause,
    Narrative,
    Detection,
    Resolution,
    Timeline,
    Factors,
    Whys,
    ActionItems,
    WhatWentWell,
    Lessons,
    Date,
    Severity,
}
