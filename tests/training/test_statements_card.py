"""The statements model card tells a single net's training history from a bag's."""

from training.statements_card import model_card

RUN = [{"epoch": 1, "loss": 0.6, "dev_token_f1": 0.83}, {"epoch": 2, "loss": 0.5, "dev_token_f1": 0.85}]


def test_card_of_one_net_lists_its_epochs() -> None:
    card = model_card({"history": RUN, "train_texts": 3}, None)
    assert "training history: epoch 1 loss 0.6 dev token F1 0.83; epoch 2" in card


def test_card_of_a_bag_names_every_seed_and_history() -> None:
    card = model_card({"history": [RUN, RUN[:1]], "seeds": [1, 2], "bag": 2}, None)
    assert "a bag of 2 nets trained alike from seeds 1, 2" in card
    assert "seed 1: epoch 1 loss 0.6" in card and "seed 2: epoch 1 loss 0.6 dev token F1 0.83" in card
