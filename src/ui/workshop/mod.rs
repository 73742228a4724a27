//! Rating together in a workshop: the group round, its participants, votes and results.

pub mod group_results;
pub mod group_round;
pub mod participant_setup;
pub mod paste_votes;
pub mod vote_input;
