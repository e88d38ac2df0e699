/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.orrery.model.Engine;
import org.orrery.model.Experiment;
import org.orrery.model.OrreryPackage;
import org.orrery.model.PolicyChoice;
import org.orrery.model.ResultSeries;
import org.orrery.model.ScenarioStep;
import org.orrery.model.World;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.ExperimentImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.orrery.model.impl.ExperimentImpl#getEngine <em>Engine</em>}</li>
 *   <li>{@link org.orrery.model.impl.ExperimentImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.orrery.model.impl.ExperimentImpl#getDurationS <em>Duration S</em>}</li>
 *   <li>{@link org.orrery.model.impl.ExperimentImpl#getRepetitions <em>Repetitions</em>}</li>
 *   <li>{@link org.orrery.model.impl.ExperimentImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.orrery.model.impl.ExperimentImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.orrery.model.impl.ExperimentImpl#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends NamedElementImpl implements Experiment {
	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected World model;

	/**
	 * The default value of the '{@link #getEngine() <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngine()
	 * @generated
	 * @ordered
	 */
	protected static final Engine ENGINE_EDEFAULT = Engine.SIMULATOR;

	/**
	 * The cached value of the '{@link #getEngine() <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngine()
	 * @generated
	 * @ordered
	 */
	protected Engine engine = ENGINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationS() <em>Duration S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationS()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_S_EDEFAULT = 3600.0;

	/**
	 * The cached value of the '{@link #getDurationS() <em>Duration S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationS()
	 * @generated
	 * @ordered
	 */
	protected double durationS = DURATION_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepetitions() <em>Repetitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepetitions()
	 * @generated
	 * @ordered
	 */
	protected static final int REPETITIONS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRepetitions() <em>Repetitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepetitions()
	 * @generated
	 * @ordered
	 */
	protected int repetitions = REPETITIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ScenarioStep> steps;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyChoice> policies;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<ResultSeries> results;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.EXPERIMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public World getModel() {
		if (model != null && model.eIsProxy()) {
			InternalEObject oldModel = (InternalEObject)model;
			model = (World)eResolveProxy(oldModel);
			if (model != oldModel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.EXPERIMENT__MODEL, oldModel, model));
			}
		}
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public World basicGetModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(World newModel) {
		World oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.EXPERIMENT__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Engine getEngine() {
		return engine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngine(Engine newEngine) {
		Engine oldEngine = engine;
		engine = newEngine == null ? ENGINE_EDEFAULT : newEngine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.EXPERIMENT__ENGINE, oldEngine, engine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.EXPERIMENT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDurationS() {
		return durationS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationS(double newDurationS) {
		double oldDurationS = durationS;
		durationS = newDurationS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.EXPERIMENT__DURATION_S, oldDurationS, durationS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepetitions() {
		return repetitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepetitions(int newRepetitions) {
		int oldRepetitions = repetitions;
		repetitions = newRepetitions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.EXPERIMENT__REPETITIONS, oldRepetitions, repetitions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScenarioStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<ScenarioStep>(ScenarioStep.class, this, OrreryPackage.EXPERIMENT__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyChoice> getPolicies() {
		if (policies == null) {
			policies = new EObjectContainmentEList<PolicyChoice>(PolicyChoice.class, this, OrreryPackage.EXPERIMENT__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResultSeries> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<ResultSeries>(ResultSeries.class, this, OrreryPackage.EXPERIMENT__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.EXPERIMENT__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case OrreryPackage.EXPERIMENT__POLICIES:
				return ((InternalEList<?>)getPolicies()).basicRemove(otherEnd, msgs);
			case OrreryPackage.EXPERIMENT__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.EXPERIMENT__MODEL:
				if (resolve) return getModel();
				return basicGetModel();
			case OrreryPackage.EXPERIMENT__ENGINE:
				return getEngine();
			case OrreryPackage.EXPERIMENT__SEED:
				return getSeed();
			case OrreryPackage.EXPERIMENT__DURATION_S:
				return getDurationS();
			case OrreryPackage.EXPERIMENT__REPETITIONS:
				return getRepetitions();
			case OrreryPackage.EXPERIMENT__STEPS:
				return getSteps();
			case OrreryPackage.EXPERIMENT__POLICIES:
				return getPolicies();
			case OrreryPackage.EXPERIMENT__RESULTS:
				return getResults();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.EXPERIMENT__MODEL:
				setModel((World)newValue);
				return;
			case OrreryPackage.EXPERIMENT__ENGINE:
				setEngine((Engine)newValue);
				return;
			case OrreryPackage.EXPERIMENT__SEED:
				setSeed((Long)newValue);
				return;
			case OrreryPackage.EXPERIMENT__DURATION_S:
				setDurationS((Double)newValue);
				return;
			case OrreryPackage.EXPERIMENT__REPETITIONS:
				setRepetitions((Integer)newValue);
				return;
			case OrreryPackage.EXPERIMENT__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends ScenarioStep>)newValue);
				return;
			case OrreryPackage.EXPERIMENT__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends PolicyChoice>)newValue);
				return;
			case OrreryPackage.EXPERIMENT__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends ResultSeries>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.EXPERIMENT__MODEL:
				setModel((World)null);
				return;
			case OrreryPackage.EXPERIMENT__ENGINE:
				setEngine(ENGINE_EDEFAULT);
				return;
			case OrreryPackage.EXPERIMENT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case OrreryPackage.EXPERIMENT__DURATION_S:
				setDurationS(DURATION_S_EDEFAULT);
				return;
			case OrreryPackage.EXPERIMENT__REPETITIONS:
				setRepetitions(REPETITIONS_EDEFAULT);
				return;
			case OrreryPackage.EXPERIMENT__STEPS:
				getSteps().clear();
				return;
			case OrreryPackage.EXPERIMENT__POLICIES:
				getPolicies().clear();
				return;
			case OrreryPackage.EXPERIMENT__RESULTS:
				getResults().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.EXPERIMENT__MODEL:
				return model != null;
			case OrreryPackage.EXPERIMENT__ENGINE:
				return engine != ENGINE_EDEFAULT;
			case OrreryPackage.EXPERIMENT__SEED:
				return seed != SEED_EDEFAULT;
			case OrreryPackage.EXPERIMENT__DURATION_S:
				return durationS != DURATION_S_EDEFAULT;
			case OrreryPackage.EXPERIMENT__REPETITIONS:
				return repetitions != REPETITIONS_EDEFAULT;
			case OrreryPackage.EXPERIMENT__STEPS:
				return steps != null && !steps.isEmpty();
			case OrreryPackage.EXPERIMENT__POLICIES:
				return policies != null && !policies.isEmpty();
			case OrreryPackage.EXPERIMENT__RESULTS:
				return results != null && !results.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (engine: ");
		result.append(engine);
		result.append(", seed: ");
		result.append(seed);
		result.append(", durationS: ");
		result.append(durationS);
		result.append(", repetitions: ");
		result.append(repetitions);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
