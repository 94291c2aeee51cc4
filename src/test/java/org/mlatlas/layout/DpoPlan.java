package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The prerequisite edges of the shipped graph's plan for DPO (43 concepts, 65 edges), as a fixed DAG. */
final class DpoPlan {
    private static final String EDGES = "activation-functions multilayer-perceptron,actor-critic ppo,"
            + "autoregressive-models language-modeling,backpropagation neural-networks,bradley-terry-model dpo,"
            + "bradley-terry-model reward-modeling,calculus derivatives-and-gradients,chain-rule backpropagation,"
            + "conditional-probability markov-decision-processes,conditional-probability maximum-likelihood,"
            + "cross-entropy kl-divergence,cross-entropy language-modeling,cross-entropy logistic-regression,"
            + "derivatives-and-gradients activation-functions,derivatives-and-gradients chain-rule,"
            + "derivatives-and-gradients optimization,expectation-and-variance reinforcement-learning,"
            + "expectation-and-variance shannon-entropy,expectation-and-variance statistics-basics,"
            + "expectation-and-variance stochastic-gradient-descent,fine-tuning reward-modeling,"
            + "fine-tuning supervised-fine-tuning,gradient-descent stochastic-gradient-descent,"
            + "kl-divergence kl-regularization,kl-divergence ppo,kl-regularization dpo,kl-regularization rlhf,"
            + "language-modeling preference-data,language-modeling supervised-fine-tuning,"
            + "linear-algebra derivatives-and-gradients,linear-algebra matrix-multiplication,"
            + "logistic-regression bradley-terry-model,loss-functions neural-networks,"
            + "markov-decision-processes policy-gradient,markov-decision-processes value-functions,"
            + "matrix-multiplication multilayer-perceptron,maximum-likelihood autoregressive-models,"
            + "maximum-likelihood logistic-regression,multilayer-perceptron backpropagation,"
            + "neural-networks transfer-learning,optimization gradient-descent,optimization supervised-learning,"
            + "policy-gradient actor-critic,ppo rlhf,preference-data reward-modeling,pretraining fine-tuning,"
            + "probability conditional-probability,probability expectation-and-variance,probability softmax,"
            + "reinforcement-learning kl-regularization,reinforcement-learning markov-decision-processes,"
            + "reward-modeling rlhf,rlhf dpo,shannon-entropy cross-entropy,softmax logistic-regression,"
            + "statistics-basics maximum-likelihood,statistics-basics supervised-learning,"
            + "stochastic-gradient-descent neural-networks,stochastic-gradient-descent policy-gradient,"
            + "supervised-fine-tuning rlhf,supervised-learning logistic-regression,supervised-learning loss-functions,"
            + "tokenization language-modeling,transfer-learning pretraining,value-functions actor-critic";

    final List<String> ids = new ArrayList<>();
    final int[] from;
    final int[] to;

    DpoPlan() {
        Map<String, Integer> index = new LinkedHashMap<>();
        String[] pairs = EDGES.split(",");
        from = new int[pairs.length];
        to = new int[pairs.length];
        for (int e = 0; e < pairs.length; e++) {
            String[] ends = pairs[e].split(" ");
            from[e] = index.computeIfAbsent(ends[0], k -> index.size());
            to[e] = index.computeIfAbsent(ends[1], k -> index.size());
        }
        ids.addAll(index.keySet());
    }

    int size() {
        return ids.size();
    }
}
