//! The Embed dialog's words: the snippet for a course page, and its preview.
//! The screen is in the panels program, so these are not in the workspace's program.

use super::Lang;

strings! {
    enum ED;
    EmbedDialogTitle => "Embed in a course page", "Insluiten in een cursuspagina";
    EmbedDialogIntro => "Paste this code into the page. Learners can move the ratings and watch the remembered score change; nothing they do is sent anywhere.",
        "Plak deze code in de pagina. Cursisten kunnen de scores verschuiven en zien de herinnerde score veranderen; niets van wat ze doen wordt ergens heen gestuurd.";
    EmbedWhich => "Journey", "Klantreis";
    EmbedCurrent => "This journey (inside the link)", "Deze klantreis (in de link)";
    EmbedStatic => "Read-only: learners cannot change ratings", "Alleen lezen: cursisten kunnen de scores niet veranderen";
    EmbedPlain => "Plain: no title and no source line", "Kaal: geen titel en geen bronregel";
    EmbedDark => "Dark background", "Donkere achtergrond";
    EmbedSave => "Keep each learner's changes in their browser", "Wijzigingen van elke cursist in de eigen browser bewaren";
    EmbedLangAuto => "The learner's browser language", "De taal van de browser van de cursist";
    EmbedSnippet => "Code to paste", "Code om te plakken";
    EmbedCopy => "Copy code", "Code kopiëren";
    EmbedCopied => "Copied.", "Gekopieerd.";
    EmbedCopyFailed => "Copying is not allowed here: select the code and copy it yourself.",
        "Kopiëren mag hier niet: selecteer de code en kopieer die zelf.";
    EmbedPreview => "Preview", "Voorbeeld";
    EmbedLinkLong => "This journey makes a long link; some course platforms cut long links off. A preset is safer.",
        "Deze klantreis levert een lange link op; sommige cursusplatforms knippen lange links af. Een van de kant-en-klare voorbeelden is veiliger.";
    EmbedNoPreview => "The preview needs the page opened from a web address (http or https).",
        "Het voorbeeld werkt alleen als de pagina via een webadres (http of https) is geopend.";
    EmbedFrameTitle => "Peakend: how a journey is remembered", "Peakend: hoe klanten zich een klantreis herinneren";
}
