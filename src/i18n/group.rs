//! The group round's words: participants, votes in turn, pasted votes, the results.
//! The screen is in the panels program, so these are not in the workspace's program.

use super::Lang;

strings! {
    enum G;
    GroupIntro => "Everyone rates each touchpoint in turn. The touchpoint's rating becomes the group's mean; each person's own rating is kept.",
        "Iedereen geeft om de beurt elk contactmoment een score. De score van het contactmoment wordt het groepsgemiddelde; ieders eigen score blijft bewaard.";
    ParticipantCount => "Number of participants", "Aantal deelnemers";
    ParticipantNames => "Names (optional)", "Namen (optioneel)";
    Participant => "Participant", "Deelnemer";
    InTurn => "Rate in turn", "Om de beurt een score geven";
    PrevTouchpoint => "← Previous touchpoint", "← Vorig contactmoment";
    NextTouchpoint => "Next touchpoint →", "Volgend contactmoment →";
    VoteKeys => "Type a rating and press Enter or Tab for the next person; after the last person, Enter goes to the next touchpoint. Leave it blank if someone does not rate.",
        "Typ een score en druk op Enter of Tab voor de volgende persoon; na de laatste gaat Enter naar het volgende contactmoment. Laat het veld leeg als iemand geen score geeft.";
    GroupMeanNow => "Group mean", "Groepsgemiddelde";
    NobodyRated => "nobody has rated this yet", "nog niemand heeft een score gegeven";
    PasteColumn => "Paste a column", "Een kolom plakken";
    PasteHint => "One number per participant, in order: a column copied from a spreadsheet, or numbers separated by semicolons. A decimal comma is fine. Extra numbers add participants.",
        "Eén getal per deelnemer, op volgorde: een kolom uit een spreadsheet, of getallen gescheiden door puntkomma's. Een decimale komma mag. Extra getallen voegen deelnemers toe.";
    PasteApply => "Use these ratings", "Deze scores gebruiken";
    PasteEmpty => "Paste at least one number.", "Plak minstens één getal.";
    GroupResults => "Results of the round", "Uitkomst van de ronde";
    GroupMean => "Mean", "Gemiddelde";
    GroupSpread => "Spread", "Spreiding";
    GroupSpreadHint => "Spread is the standard deviation of the ratings, in points of the scale: how far a typical rating lies from the mean.",
        "Spreiding is de standaardafwijking van de scores, in punten van de schaal: hoe ver een score doorgaans van het gemiddelde ligt.";
    GroupMinMax => "Range", "Bereik";
    GroupCount => "Votes", "Aantal scores";
    MostDisputed => "Most disputed", "Meest omstreden";
    MostDisputedIntro => "The room disagrees most here: talk about these first.",
        "Hierover is de groep het minst eens: bespreek deze eerst.";
    NoDisputes => "No disagreement yet: it shows once two people rate a touchpoint differently.",
        "Nog geen verschil van mening: dat verschijnt zodra twee mensen een contactmoment een verschillende score geven.";
}
