//! The settings panel's words: the rating scale and the memory model.
//! The screen is in the panels program, so these are not in the workspace's program.

use super::Lang;

strings! {
    enum SE;
    ScaleLabel => "Rating scale", "Scoreschaal";
    ScaleCustom => "Custom…", "Eigen schaal…";
    ScaleMin => "Lowest", "Laagste";
    ScaleMax => "Highest", "Hoogste";
    ScaleNeutral => "Neutral (optional)", "Neutraal (optioneel)";
    ScaleNeutralHint => "Leave neutral empty to use the middle of the scale.",
        "Laat neutraal leeg om het midden van de schaal te gebruiken.";
    ScaleApply => "Apply scale", "Schaal toepassen";
    ScaleNotANumber => "Lowest and highest must both be numbers.",
        "Laagste en hoogste moeten allebei getallen zijn.";
    ScaleNeutralNotANumber => "Neutral must be a number, or empty for the middle of the scale.",
        "Neutraal moet een getal zijn, of leeg voor het midden van de schaal.";
    ScaleInverted => "The lowest value must be below the highest.",
        "De laagste waarde moet onder de hoogste liggen.";
    ScaleNeutralOutside => "The neutral point must lie between the lowest and the highest value.",
        "Het neutrale punt moet tussen de laagste en de hoogste waarde liggen.";
    ScaleTooNarrow => "The scale must span at least one whole point.",
        "De schaal moet minstens één heel punt beslaan.";
    ScaleTooWide => "A scale may span at most 1,000 points.",
        "Een schaal mag hooguit 1000 punten beslaan.";
    MemoryTitle => "How memory is modelled", "Hoe de herinnering wordt berekend";
    MemoryHint => "Weights are relative: 1 and 3 mean a quarter and three quarters.",
        "Gewichten zijn relatief: 1 en 3 betekenen een kwart en driekwart.";
    MemoryPeakWeight => "Weight of the peak", "Gewicht van de piek";
    MemoryEndWeight => "Weight of the end", "Gewicht van het einde";
    MemoryEndWindow => "End = average of the last … touchpoints",
        "Einde = gemiddelde van de laatste … contactmomenten";
    MemorySplitPeaks => "Count the best and the worst moment separately",
        "Beste en slechtste moment apart meetellen";
    MemoryTrendWeight => "Weight of the trend over the second half (0 = off)",
        "Gewicht van de trend in de tweede helft (0 = uit)";
    MemoryApply => "Apply", "Toepassen";
    MemoryReset => "Reset to the classic rule", "Terug naar de klassieke regel";
    MemoryNotANumber => "Every field must be a number.", "Elk veld moet een getal zijn.";
    MemoryBadWeight => "Weights must be zero or more.", "Gewichten moeten nul of meer zijn.";
    MemoryNoWeight => "The peak and the end cannot both weigh zero.",
        "De piek en het einde kunnen niet allebei nul wegen.";
    MemoryBadWindow => "The end must be a whole number of touchpoints, 1 or more.",
        "Het einde moet een geheel aantal contactmomenten beslaan: 1 of meer.";
    Settings => "Scale, memory model and bank account", "Schaal, herinneringsmodel en bankrekening";
}
