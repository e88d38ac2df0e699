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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.orrery.model.NamedElement;
import org.orrery.model.OrreryPackage;
import org.orrery.model.Parameter;
import org.orrery.model.ScenarioStep;
import org.orrery.model.StepAction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.ScenarioStepImpl#getAtS <em>At S</em>}</li>
 *   <li>{@link org.orrery.model.impl.ScenarioStepImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.orrery.model.impl.ScenarioStepImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.orrery.model.impl.ScenarioStepImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.orrery.model.impl.ScenarioStepImpl#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioStepImpl extends NamedElementImpl implements ScenarioStep {
	/**
	 * The default value of the '{@link #getAtS() <em>At S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtS()
	 * @generated
	 * @ordered
	 */
	protected static final double AT_S_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAtS() <em>At S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtS()
	 * @generated
	 * @ordered
	 */
	protected double atS = AT_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final StepAction ACTION_EDEFAULT = StepAction.SUBMIT_JOB;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected StepAction action = ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedElement> targets;

	/**
	 * The cached value of the '{@link #getDestination() <em>Destination</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected NamedElement destination;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.SCENARIO_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAtS() {
		return atS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtS(double newAtS) {
		double oldAtS = atS;
		atS = newAtS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SCENARIO_STEP__AT_S, oldAtS, atS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(StepAction newAction) {
		StepAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SCENARIO_STEP__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedElement> getTargets() {
		if (targets == null) {
			targets = new EObjectResolvingEList<NamedElement>(NamedElement.class, this, OrreryPackage.SCENARIO_STEP__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedElement getDestination() {
		if (destination != null && destination.eIsProxy()) {
			InternalEObject oldDestination = (InternalEObject)destination;
			destination = (NamedElement)eResolveProxy(oldDestination);
			if (destination != oldDestination) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.SCENARIO_STEP__DESTINATION, oldDestination, destination));
			}
		}
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NamedElement basicGetDestination() {
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestination(NamedElement newDestination) {
		NamedElement oldDestination = destination;
		destination = newDestination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SCENARIO_STEP__DESTINATION, oldDestination, destination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, OrreryPackage.SCENARIO_STEP__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.SCENARIO_STEP__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case OrreryPackage.SCENARIO_STEP__AT_S:
				return getAtS();
			case OrreryPackage.SCENARIO_STEP__ACTION:
				return getAction();
			case OrreryPackage.SCENARIO_STEP__TARGETS:
				return getTargets();
			case OrreryPackage.SCENARIO_STEP__DESTINATION:
				if (resolve) return getDestination();
				return basicGetDestination();
			case OrreryPackage.SCENARIO_STEP__PARAMETERS:
				return getParameters();
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
			case OrreryPackage.SCENARIO_STEP__AT_S:
				setAtS((Double)newValue);
				return;
			case OrreryPackage.SCENARIO_STEP__ACTION:
				setAction((StepAction)newValue);
				return;
			case OrreryPackage.SCENARIO_STEP__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends NamedElement>)newValue);
				return;
			case OrreryPackage.SCENARIO_STEP__DESTINATION:
				setDestination((NamedElement)newValue);
				return;
			case OrreryPackage.SCENARIO_STEP__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
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
			case OrreryPackage.SCENARIO_STEP__AT_S:
				setAtS(AT_S_EDEFAULT);
				return;
			case OrreryPackage.SCENARIO_STEP__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case OrreryPackage.SCENARIO_STEP__TARGETS:
				getTargets().clear();
				return;
			case OrreryPackage.SCENARIO_STEP__DESTINATION:
				setDestination((NamedElement)null);
				return;
			case OrreryPackage.SCENARIO_STEP__PARAMETERS:
				getParameters().clear();
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
			case OrreryPackage.SCENARIO_STEP__AT_S:
				return atS != AT_S_EDEFAULT;
			case OrreryPackage.SCENARIO_STEP__ACTION:
				return action != ACTION_EDEFAULT;
			case OrreryPackage.SCENARIO_STEP__TARGETS:
				return targets != null && !targets.isEmpty();
			case OrreryPackage.SCENARIO_STEP__DESTINATION:
				return destination != null;
			case OrreryPackage.SCENARIO_STEP__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
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
		result.append(" (atS: ");
		result.append(atS);
		result.append(", action: ");
		result.append(action);
		result.append(')');
		return result.toString();
	}

} //ScenarioStepImpl
